// The build must reject a broken claim base with messages that name the file and the claim.
import { describe, expect, it } from 'vitest';
import { ClaimBaseError, compileClaimBase, type ClaimBaseInput } from './compile';
import { readClaimBaseInput } from './load-node';

const real = readClaimBaseInput();

const GOOD_CLAIM = `
  - id: demo.count
    question: How many prisoners did each side free on Saturday?
    match:
      all: [["@prisoner"], ["@swap"], [saturday]]
    slot: { type: number, near: ["@prisoner"] }
    variants:
      - id: "307"
        statement: Each side freed 307 prisoners.
        value: 307
        sources:
          - source: 000_43242b43e3f2e229
            quote: "releasing a further 307 people each"
`;

function withFile(text: string, name = 'assets/claims/demo.yaml'): ClaimBaseInput {
  return { ...real, claimFiles: [{ name, text }] };
}
const header = 'topic: demo\ntitle: Demo\ncontext: ["@ukraine-war"]\nclaims:';

function problems(input: ClaimBaseInput): string[] {
  try {
    compileClaimBase(input);
  } catch (e) {
    if (e instanceof ClaimBaseError) return e.problems;
    throw e;
  }
  throw new Error('expected the build to fail');
}

describe('claim base build failures', () => {
  it('accepts a well-formed file', () => {
    const index = compileClaimBase(withFile(header + GOOD_CLAIM));
    expect(index.claims.map((c) => c.id)).toEqual(['demo.count']);
  });

  it('rejects a quote that is not verbatim, naming file, claim, variant and source', () => {
    const p = problems(withFile(header + GOOD_CLAIM.replace('a further 307 people each', 'a further 308 people each')));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('assets/claims/demo.yaml');
    expect(p[0]).toContain('claim "demo.count"');
    expect(p[0]).toContain('variant "307"');
    expect(p[0]).toContain('000_43242b43e3f2e229');
    expect(p[0]).toContain('not verbatim');
  });

  it('accepts quotes that differ only in white space and quote or dash marks', () => {
    const text = header + GOOD_CLAIM.replace('quote: "releasing a further 307 people each"', `quote: "Andrii Sybiha, Ukraine's   deputy foreign minister"`).replace('000_43242b43e3f2e229', '002_7cd15216d6601b6c');
    expect(() => compileClaimBase(withFile(text))).not.toThrow();
  });

  it('rejects an unknown report id', () => {
    const p = problems(withFile(header + GOOD_CLAIM.replace('source: 000_43242b43e3f2e229', 'source: 009_nope')));
    expect(p.join('\n')).toMatch(/demo\.count.*009_nope.*unknown source id/);
  });

  it('rejects a quote from the right file but outside its source span', () => {
    // The Florida article is a second source in report 003: a quote from the May article is not in its span.
    const p = problems(
      withFile(header + GOOD_CLAIM.replace('source: 000_43242b43e3f2e229', 'source: 003_f7338b1dd4aa7973#florida').replace('releasing a further 307 people each', 'Russia and Ukraine each released 390 prisoners on Friday')),
    );
    expect(p.join('\n')).toContain('not verbatim');
  });

  it('rejects a repeated claim id, naming both files', () => {
    const input: ClaimBaseInput = {
      ...real,
      claimFiles: [
        { name: 'assets/claims/a.yaml', text: header + GOOD_CLAIM },
        { name: 'assets/claims/b.yaml', text: header + GOOD_CLAIM },
      ],
    };
    expect(problems(input).join('\n')).toMatch(/b\.yaml: claim "demo\.count": id repeats \(first in assets\/claims\/a\.yaml\)/);
  });

  it('rejects a schema violation with the field path', () => {
    const p = problems(withFile(header + GOOD_CLAIM.replace('value: 307', 'value: "many"')));
    expect(p.join('\n')).toMatch(/demo\.count.*variants\.0\.value/);
  });

  it('rejects several variants without a conflict kind', () => {
    const two = GOOD_CLAIM + `      - id: "308"
        statement: Each side freed 308.
        value: 308
        sources:
          - source: 001_d728d23e68c312cc
            quote: "releasing a further 307 people each"
`;
    expect(problems(withFile(header + two)).join('\n')).toContain('needs conflict (kind, note) where they materially disagree, or detail');
  });

  it('rejects invalid YAML, naming the file', () => {
    expect(problems(withFile(header + '\n  - id: [unclosed')).join('\n')).toMatch(/demo\.yaml: not valid YAML/);
  });

  it('rejects an unknown lexicon group and a claim id outside its topic', () => {
    const p = problems(withFile(header + GOOD_CLAIM.replace('"@swap"', '"@swapz"').replace('id: demo.count', 'id: other.count')));
    expect(p.join('\n')).toContain('unknown lexicon group "@swapz"');
    expect(p.join('\n')).toContain(`id must start with the file's topic "demo."`);
  });

  it('rejects a lexicon group that names another group, naming the file and the group', () => {
    const lexicon = { ...real.lexicon, text: real.lexicon.text.replace('  drone: [', '  drone: ["@missile", ') };
    expect(problems({ ...real, lexicon }).join('\n')).toContain('lexicon.yaml: drone: "@missile" names a group inside a group');
  });

  it('rejects source metadata whose evidence is not in the report', () => {
    const sources = { ...real.sources, text: real.sources.text.replace('"Source: Qatar Tribune"', '"Source: Qatar Times"') };
    expect(problems({ ...real, sources }).join('\n')).toMatch(/sources\.yaml: source "000_43242b43e3f2e229": outletEvidence is not verbatim/);
  });
});

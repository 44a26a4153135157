import { loadClaimBase } from '/work/main/src/claims/load-node';
import { Matcher } from '/work/main/src/match/matcher';
const m = new Matcher(loadClaimBase());
for (const s of process.argv.slice(2)) {
  console.log('\n' + s);
  for (const a of m.matchText(s).annotations) console.log('  ', a.claimId, a.stance, a.pageValue, a.agree.map((r) => r.slice(0, 3)).join(','), '|', a.conflict.map((r) => r.slice(0, 3)).join(','));
}

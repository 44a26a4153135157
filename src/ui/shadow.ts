/**
 * The mode of Crosscheck's shadow roots in the page (markers, card, fallback highlights). Closed in the
 * release build: a page script cannot reach into them to restyle a marker (a ⚠ recoloured green) or
 * rewrite a card. Open in the test build (`wxt build --mode test`, `.output/*-test`, as src/page/trace.ts
 * explains), where the browser tests and axe read what is inside; `import.meta.env.MODE` is a constant
 * fixed at build time, so nothing at run time can open them. tests/e2e/attacks.e2e.test.ts checks, on the
 * release builds, that a page finds no root to open.
 */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'test' ? 'open' : 'closed';

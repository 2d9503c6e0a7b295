// The app's mark (three rising steps on navy) drawn inline in the header. As an <img> of an SVG file
// it cost a phone a document of its own to set up and paint (15-30 ms on the main thread, on every
// page); inline it is a few shapes in the page. index.html draws the same markup before any script
// runs (loading-shell.test.tsx keeps them identical).
export function BrandMark() {
  return (
    <svg
      className="site-header__mark"
      viewBox="0 0 100 100"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="100" height="100" rx="18" fill="#1d3b53" />
      <rect x="17" y="61" width="18" height="20" fill="#fff" />
      <rect x="41" y="43" width="18" height="38" fill="#fff" />
      <rect x="65" y="23" width="18" height="58" fill="#ffbf47" />
    </svg>
  );
}

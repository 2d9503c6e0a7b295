// The in-page half of the driver-neutral layer: plain JavaScript (as text, so no compiler helper
// can creep into it) that finds elements the way a user names them — by role and accessible name,
// by label, by text or by CSS — and collects what the page reports (CSP violations, downloads).
// Every driver sends these bodies unchanged; `arguments[0]` is the query.

/** What a test asks for: a role and name, a label, visible text, or a CSS selector. */
export type Query = (
  | { role: 'button' | 'link' | 'heading' | 'checkbox' | 'radio'; name?: Name; level?: number }
  | { label: Name }
  | { text: Name }
  | { css: string }
) & { nth?: number };

/** An exact name, or a regular expression's source and flags (regular expressions cannot cross). */
export type Name = string | { re: string; flags?: string };

export function nameOf(value: string | RegExp): Name {
  return typeof value === 'string' ? value : { re: value.source, flags: value.flags };
}

const LIBRARY = String.raw`
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const matches = (value, want) => {
    if (want === undefined) return true;
    if (typeof want === 'string') return norm(value) === want;
    return new RegExp(want.re, want.flags || '').test(norm(value));
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (r.width > 0 || r.height > 0) && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const byIds = (ids) => norm(ids.split(/\s+/).map((id) => {
    const el = document.getElementById(id);
    return el ? el.textContent : '';
  }).join(' '));
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm(Array.from(el.labels).map((l) => l.textContent).join(' '));
    if (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'button')) return norm(el.value);
    return norm(el.textContent);
  };
  const ROLES = {
    button: 'button, input[type=submit], input[type=button], [role=button]',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
  };
  const all = (q) => {
    if (q.css) return Array.from(document.querySelectorAll(q.css)).filter(visible);
    if (q.role) {
      return Array.from(document.querySelectorAll(ROLES[q.role])).filter((el) => {
        if (q.level && el.tagName !== 'H' + q.level) return false;
        const shown = q.role === 'checkbox' || q.role === 'radio' ? visible(el.labels && el.labels[0] || el) : visible(el);
        return shown && matches(nameOf(el), q.name);
      });
    }
    if (q.label) {
      return Array.from(document.querySelectorAll('input, select, textarea')).filter(
        (el) => el.type !== 'hidden' && (visible(el) || (el.labels && el.labels[0] && visible(el.labels[0]))) && matches(nameOf(el), q.label),
      );
    }
    if (q.text) {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.currentNode; el; el = walker.nextNode()) {
        const own = typeof q.text === 'string' ? norm(el.textContent).includes(q.text) : matches(el.textContent, q.text);
        if (own && visible(el) && !Array.from(el.children).some((c) => typeof q.text === 'string' ? norm(c.textContent).includes(q.text) : matches(c.textContent, q.text))) found.push(el);
      }
      return found;
    }
    return [];
  };
`;

/** Body returning every element matching `arguments[0]`. */
export const FIND_ALL = `${LIBRARY}\nreturn all(arguments[0]);`;
/** Body returning the first element matching `arguments[0]`, or null. */
export const FIND = `${LIBRARY}\nreturn all(arguments[0])[arguments[0].nth || 0] || null;`;
/** Body returning how many elements match `arguments[0]`. */
export const COUNT = `${LIBRARY}\nreturn all(arguments[0]).length;`;

/** Body selecting the option labelled `arguments[1]` in the select `arguments[0]`, as a user would. */
export const SELECT_OPTION = `
  const select = arguments[0];
  const option = Array.from(select.options).find((o) => o.label.trim() === arguments[1] || o.value === arguments[1]);
  if (!option) return 'no option ' + arguments[1];
  select.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
  setter.call(select, option.value);
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return '';
`;

/**
 * Body that starts listening for CSP violations and file downloads in the current document. A
 * download (the app clicks an <a download> holding a blob: URL) is kept, not saved: WebDriver has
 * no download API, so the test reads the blob the app handed to the browser to save.
 */
export const INSTALL_LISTENERS = `
  if (window.__e2e) return false;
  window.__e2e = { violations: [], downloads: [], blobs: new Map() };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = createObjectURL.call(URL, blob);
    window.__e2e.blobs.set(url, blob);
    return url;
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__e2e.violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
  });
  window.addEventListener('click', (e) => {
    const a = e.target && e.target.closest ? e.target.closest('a[download]') : null;
    if (!a || !a.href.startsWith('blob:')) return;
    e.preventDefault();
    window.__e2e.downloads.push({ name: a.download, href: a.href });
  }, true);
  return true;
`;

/** Body returning the CSP violations seen since the listeners were installed. */
export const VIOLATIONS = `return window.__e2e ? window.__e2e.violations.slice() : [];`;

/** Body resolving to the last download kept, as { name, base64 }, or null when none yet. */
export const LAST_DOWNLOAD = `
  const list = window.__e2e ? window.__e2e.downloads : [];
  if (!list.length) return null;
  const last = list[list.length - 1];
  const blob = window.__e2e.blobs.get(last.href);
  if (!blob) return { name: last.name, base64: '' };
  // Read in the page: fetching a blob: URL is a connection the app's CSP rightly refuses.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: last.name, base64: String(reader.result).split(',')[1] || '' });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
`;

package dev.kizuna.browser;

/** The scripts the sweep runs in each page. */
final class SweepScripts {

    private SweepScripts() {
    }

    /**
     * Visible elements sticking out past the screen's right edge that no scrolling box of theirs holds, and the
     * page's own width when it scrolls sideways.
     */
    static final String WIDER_THAN_SCREEN = """
            w => {
              const out = [];
              if (document.documentElement.scrollWidth > w + 1) out.push('page is ' + document.documentElement.scrollWidth + ' px wide');
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || (r.right <= w + 1 && r.left >= -1)) continue;
                if (!e.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                let held = false;
                for (let a = e; a && a !== document.body; a = a.parentElement) {
                  const s = getComputedStyle(a);
                  if ((a !== e && s.overflowX !== 'visible') || s.position === 'fixed') { held = true; break; }
                }
                if (!held) out.push(e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '" ' + Math.round(r.left) + '..' + Math.round(r.right));
              }
              return out.slice(-4);
            }""";

    /** axe-core's serious and critical violations, one line each with up to three of the elements. */
    static final String AXE = """
            async () => {
              // The WCAG 2.x A/AA rules only (best practices are moderate at most): a third quicker per page.
              const r = await axe.run(document, {resultTypes: ['violations'],
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.help + ' @ '
                  + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.html || '').slice(0, 80)).join(' | '));
            }""";

    /** The texts a person reads or hears: visible text, option labels, placeholders, labels and titles. */
    static final String TEXTS = """
            () => {
              const out = [];
              const page = document.documentElement.lang;
              // Text marked as the other language on purpose (an English name beside the Japanese one) is not a leak.
              const otherLanguage = e => { const l = e.closest('[lang]'); return l && l.lang && page && !l.lang.startsWith(page); };
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const p = n.parentElement;
                if (!p || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(p.tagName)) continue;
                if (p.tagName !== 'OPTION' && !p.checkVisibility()) continue;
                if (p.closest('[aria-hidden="true"]') || otherLanguage(p)) continue;
                if (n.textContent.trim()) out.push(n.textContent);
              }
              for (const e of document.querySelectorAll('[placeholder],[aria-label],[title],img[alt]')) {
                if (otherLanguage(e)) continue;
                for (const a of ['placeholder', 'aria-label', 'title', 'alt']) if (e.getAttribute(a)) out.push(e.getAttribute(a));
              }
              out.push(document.title);
              return out;
            }""";

    /** Same-site links (path and query), pages only: no downloads, no other windows' assets. */
    static final String LINKS = """
            () => [...document.querySelectorAll('a[href]')]
              .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
              .map(a => a.pathname + a.search)""";

    /** Tables that scroll sideways inside their box on a phone (their right-hand columns start off screen). */
    static final String SIDEWAYS_TABLES = """
            () => [...document.querySelectorAll('table')].filter(t => t.checkVisibility())
              .filter(t => { const box = t.closest('.table-responsive') || t.parentElement; return box.scrollWidth > box.clientWidth + 1; })
              .map(t => (t.getAttribute('data-testid') || t.className) + ': '
                + [...t.querySelectorAll('thead th')].filter(th => th.getBoundingClientRect().right > window.innerWidth)
                    .map(th => th.textContent.trim()).join(', '))""";
}

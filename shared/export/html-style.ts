/** The summary page's only stylesheet (inline: the page must stand alone and print well). */
export const SUMMARY_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --rule: #d0d4d9; --link: #0a58a8; --accent: #0b3d6b; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); font: 17px/1.6 Georgia, "Times New Roman", "Noto Naskh Arabic", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font: 700 1.9rem/1.25 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--accent); margin: 0 0 .75rem; overflow-wrap: anywhere; }
h2 { font: 700 1.25rem/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--accent); margin: 2.25rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: .95rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.scope { font: italic .9rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--muted); margin: .75rem 0 0; }
a { color: var(--link); text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #f2b01e; outline-offset: 2px; }
article { padding: .9rem 0 1rem; border-bottom: 1px solid var(--rule); }
article:last-of-type { border-bottom: 0; }
.meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: .35rem .75rem; margin: 0 0 .35rem; font: .9rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--muted); }
.pos { font-weight: 700; color: var(--accent); }
.time { font-variant-numeric: tabular-nums; direction: ltr; unicode-bidi: isolate; }
.status { display: inline-block; padding: 0 .45rem; border: 1px solid #8a5a00; border-radius: .25rem; background: #fff4d6; color: #5a3a00; font-weight: 700; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
.status.rejected { border-color: #8f1d1d; background: #fde8e8; color: #7a1414; }
article.not-approved { border-left: 4px solid #d9a400; padding-left: .9rem; }
article.rejected { border-left-color: #b42318; }
p { margin: .4rem 0; overflow-wrap: anywhere; }
.speaker { font-weight: 700; }
ul.notes { margin: .3rem 0 .3rem 1.25rem; padding: 0; }
ul.notes li { overflow-wrap: anywhere; white-space: pre-line; }
blockquote { margin: .6rem 0; padding: .3rem 0 .3rem 1rem; border-left: 3px solid var(--rule); color: #2b2b2b; font-style: italic; }
blockquote p { white-space: pre-line; }
blockquote footer { font: normal .85rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--muted); }
.summary { white-space: pre-line; }
.tags { margin: .5rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; font: .8rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
.tags li { border: 1px solid #9aa5b1; border-radius: 1rem; padding: 0 .55rem; color: #2d3a48; background: #f3f6f9; overflow-wrap: anywhere; }
ul.speakers, ul.tag-index { padding-left: 1.25rem; margin: 0; }
ul.speakers li, ul.tag-index li { margin: .15rem 0; overflow-wrap: anywhere; }
.count { color: var(--muted); }
footer.page { margin-top: 2.5rem; font: .8rem/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--muted); }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  /* On paper a quote's source page is only useful as its address (the webcast's is already shown). */
  blockquote footer a[href]::after { content: " <" attr(href) ">"; overflow-wrap: anywhere; }
  article { break-inside: avoid-page; }
  h2 { break-after: avoid-page; }
  .status { border-width: 1.5pt; }
}
`;

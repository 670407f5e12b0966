"""The page's CSS: quiet colours with enough contrast (4.5:1 and more), tables that become
one card per row on a narrow screen (each value with its column's name), and A4 landscape
when printed."""

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Calibri, Carlito, "Segoe UI", Arial, sans-serif;
  font-size: 1rem; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
.skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem;
  background: #1f3864; color: #ffffff; z-index: 1; }
.skip:focus { top: 0.5rem; }
header, nav, main { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 2rem; margin: 1.5rem 0 0.25rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #8ea9db; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; background: #d9e2f3; padding: 0.25rem 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.subtitle, .meta { color: #4a4a4a; margin: 0.25rem 0; }
a { color: #1f4e79; }
a:focus { outline: 3px solid #c55a11; outline-offset: 2px; }
nav ol { padding-left: 1.5rem; }
.trail { padding-left: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #8ea9db; padding: 0.3rem 0.4rem; vertical-align: top;
  text-align: left; }
thead th { background: #b4c6e7; }
tbody th { font-weight: normal; }
td p, th p { margin: 0 0 0.3rem; }
td ul, td ol { margin: 0 0 0.3rem; padding-left: 1.2rem; }
.priority { color: #1f4e9a; }
.continued { color: #4a4a4a; }
@media (max-width: 46rem) {
  table, caption, tbody, tr, th, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; }
  tr { border: 1px solid #8ea9db; margin: 0 0 0.75rem; }
  th, td { border: none; border-top: 1px solid #d9e2f3; }
  tbody th::before, td::before { content: attr(data-label); display: block;
    font-weight: bold; color: #1f3864; }
  td:empty { display: none; }
}
@media print {
  @page { size: A4 landscape; margin: 1.5cm; }
  body { font-size: 9pt; }
  .skip, nav { display: none; }
  header, main { max-width: none; padding: 0; }
  h2 { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: #000000; }
}
"""

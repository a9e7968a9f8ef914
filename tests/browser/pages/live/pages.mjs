// Pages for the live-page and user-control suite (tests/browser/lib/live-suite.mjs), served on
// 127.0.0.1 by that suite: a news page that grows after load and then navigates like a
// single-page app, and the repo's non-news fixture pages (tests/fixtures/scope/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../lib/harness.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FIRST = {
  title: 'Council passes city budget after a long debate',
  paragraphs: [
    'The city council met on Tuesday to discuss the new budget, which includes money for roads, schools and parks across every ward of the city.',
    'Residents who spoke at the meeting said the plan did not go far enough, and several asked for more bus routes to the new housing estates in the east.',
    '"We have heard the concerns and we will respond in the coming weeks," the mayor said in a statement after the vote on the budget.',
    'The budget passed by seven votes to two, with the two members against saying the property tax rise was too steep for families this year.',
    'Officials expect the first road and school projects to start in the spring, once contracts have been signed with the builders who bid.',
    'The council will publish the full budget on its website next week, with a summary of every ward\'s share of the spending.',
  ],
};
const SECOND = {
  title: 'Monsoon rains flood low-lying roads across the coast',
  paragraphs: [
    'Heavy monsoon rains flooded low-lying roads along the coast on Wednesday, slowing traffic and closing two schools in the fishing villages.',
    'The meteorological department said the rains would continue until the weekend, and asked fishermen not to go out to sea until Sunday.',
    '"Relief teams are in place and the shelters are open," the district collector told reporters at the control room on Wednesday evening.',
    'Farmers welcomed the rain after a dry August, though some said the water had damaged the paddy seedlings planted a fortnight ago.',
    'The railway said suburban trains ran late by about twenty minutes because of water on the tracks near the river bridge.',
    'Residents were asked to call the helpline if water entered their homes, and to keep away from the sea front until the warning is lifted.',
  ],
};

const adSlot = (id) => `<div id="div-gpt-ad-${id}" class="ad-slot advertisement" data-ad-unit="/1234/news/${id}">Advertisement</div>`;
const rail = (heading, items) => `<section class="rail"><h3>${esc(heading)}</h3><ul>${items
  .map(([href, text]) => `<li><a href="${href}">${esc(text)}</a></li>`).join('')}</ul></section>`;
const UNRELATED = [
  ['/sport/cricket-series', 'India level the cricket series with a last-ball win'],
  ['/films/awards', 'Regional films sweep the national film awards'],
  ['/tech/phone-launch', 'New folding phone goes on sale next month'],
  ['/markets/gold', 'Gold prices climb for the third day running'],
  ['/travel/hill-stations', 'Ten hill stations for a quiet winter weekend'],
  ['/health/sleep', 'Why doctors say you need more sleep than you think'],
];

// About the second article's topic: unrelated to the first (hidden), related to the second (kept).
const MONSOON = [
  ['/news/monsoon-schools', 'Monsoon rains: coastal schools stay shut on Thursday'],
  ['/news/monsoon-fishermen', 'Fishermen told to stay ashore as monsoon rains lash the coast'],
  ['/news/monsoon-trains', 'Suburban trains run late as monsoon rains flood the tracks'],
  ['/news/monsoon-relief', 'Relief shelters open along the coast as monsoon rains flood roads'],
];

const articleHtml = ({ title, paragraphs }) => `<h1>${esc(title)}</h1>
<p class="byline">By A. Reporter</p>
${paragraphs.map((p, i) => `<p id="p${i + 1}">${esc(p)}</p>`).join('\n')}`;

/** The growing, navigating news page: one ad slot and a rail of monsoon news at load; after one
 * second two more ad slots and a rail of unrelated headlines; `goNext()` swaps in another article with pushState; `more()`
 * appends a story with an ad slot, as infinite scroll does. */
function livePage() {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(FIRST.title)} | City Times</title>
<meta property="og:type" content="article"></head>
<body>
<header><a href="/">City Times</a></header>
${adSlot('top')}
<div class="layout">
<main><article id="story">${articleHtml(FIRST)}</article><div id="more"></div></main>
<aside id="side-top"></aside>
<aside id="side">${rail('Monsoon updates', MONSOON).replace('class="rail"', 'class="rail" id="monsoon-rail"')}</aside>
</div>
<script>
const SECOND = ${JSON.stringify({ html: articleHtml(SECOND), title: SECOND.title })};
const adSlot = ${adSlot.toString()};
let extra = 0;
setTimeout(() => {
  document.getElementById('p3').insertAdjacentHTML('afterend', adSlot('late-in-article'));
  document.getElementById('side-top').insertAdjacentHTML('beforeend', adSlot('late-side') + ${JSON.stringify(rail('Trending Now', UNRELATED))});
  window.lateInserted = true;
}, 1000);
window.goNext = () => {
  history.pushState({}, '', '/news/monsoon-rains.html');
  document.title = SECOND.title + ' | City Times';
  document.getElementById('story').innerHTML = SECOND.html;
  document.getElementById('p2').insertAdjacentHTML('afterend', adSlot('after-navigation'));
};
window.more = () => {
  extra++;
  document.getElementById('more').insertAdjacentHTML('beforeend',
    '<section class="next-story"><h2>More from City Times ' + extra + '</h2><p>Another story loads as the reader scrolls down the page, with its own paragraphs and pictures.</p></section>' + adSlot('scroll-' + extra));
};
</script>
</body>
</html>`;
}

const fixture = (name) => () => readFileSync(join(ROOT, 'tests/fixtures/scope', name), 'utf8');

export const PAGES = {
  '/news/council-budget.html': livePage,
  '/news/monsoon-rains.html': livePage,
  '/mail/inbox.html': fixture('webmail.html'),
  '/shop/lamp.html': fixture('shop.html'),
  '/docs/plan.html': fixture('document.html'),
  '/ops/dashboard.html': fixture('dashboard.html'),
};
export const TITLES = { first: FIRST.title, second: SECOND.title };

//! Weather cards and widgets: a weather vendor (AccuWeather, weatherwidget.io, Gismeteo) or a
//! weather class/id, or a small box with a temperature and at least two weather words.

use super::Candidate;
use super::page::Page;
use super::signals as sig;
use super::wrap::Room;
use crate::dom::NodeId;
use crate::model::ClutterKind;

/// A weather widget is small: a readout, a card, a dropdown.
const MAX_WORDS: u32 = 120;
/// A box found by its words alone must be smaller still.
const MAX_TEXT_WORDS: u32 = 80;
const WX_NAMES: [&str; 8] = [
    "humidity",
    "wind",
    "rain",
    "forecast",
    "feels-like",
    "sky",
    "sunrise",
    "air quality",
];

fn named_words(bits: u64) -> String {
    (0..8)
        .filter(|i| bits & (1 << (sig::T_WX_FIRST + i)) != 0)
        .map(|i| WX_NAMES[i as usize])
        .collect::<Vec<_>>()
        .join(", ")
}

/// A lone "Weather" link in a menu is navigation, not a widget.
fn nav_link(page: &Page, id: NodeId) -> bool {
    let st = page.stats(id);
    (1..=3).contains(&st.words) && st.link_density() >= 0.9 && page.sub[id] & sig::T_TEMP == 0
}

fn small(page: &Page, id: NodeId) -> bool {
    page.stats(id).words <= MAX_WORDS && page.cards[id] <= 2
}

pub fn detect(page: &Page) -> Vec<Candidate> {
    let doc = page.doc;
    let n = doc.len();
    let room = || Room {
        words: 10,
        links: 2,
        media: false,
        sibling_words: 8,
        cues: sig::T_TEMP | sig::T_WX_ALL | sig::WX_WORD | sig::WX_VENDOR,
        plain_siblings: 1,
        cards: 1,
    };
    let mut out: Vec<Candidate> = Vec::new();
    // Markup: the outermost element named for weather.
    let mut named_above = vec![false; n];
    for id in doc.elements() {
        let above = doc.parent(id).is_some_and(|p| named_above[p]);
        let own = page.own[id] & (sig::WX_WORD | sig::WX_VENDOR);
        named_above[id] = above || own != 0;
        if own == 0 || above || nav_link(page, id) || !small(page, id) || page.structural(id) {
            continue;
        }
        // A vendor link ("powered by AccuWeather") names the box around it, found below.
        if doc.tag(id) == "a" && page.own[id] & sig::WX_WORD == 0 && page.stats(id).words > 0 {
            continue;
        }
        let what = if own & sig::WX_VENDOR != 0 {
            "weather vendor's widget"
        } else {
            "weather class/id"
        };
        let mut reason = format!("weather widget: {what}");
        let st = page.stats(id);
        if page.sub[id] & sig::T_TEMP != 0 {
            reason.push_str(", temperature readout");
        } else if st.words == 0 {
            reason.push_str(", empty until a script fills it");
        }
        out.push(Candidate::new(id, ClutterKind::Weather, reason, false).grow(room()));
    }
    // Text: the smallest box with a temperature and two weather words (or a vendor link).
    let mut sat = vec![false; n];
    for id in (0..n).rev() {
        if doc.element(id).is_none() {
            continue;
        }
        let s = page.sub[id];
        let words = (s & sig::T_WX_ALL).count_ones();
        let ok = s & sig::T_TEMP != 0
            && (words >= 2 || (words >= 1 && s & sig::WX_VENDOR != 0))
            && small(page, id)
            && page.stats(id).words <= MAX_TEXT_WORDS;
        sat[id] = ok;
        if !ok
            || doc.children(id).iter().any(|&c| sat[c])
            || nav_link(page, id)
            || named_above[id]
            || page.structural(id)
        {
            continue;
        }
        let mut reason = format!("weather card: temperature with {}", named_words(s));
        if s & sig::WX_VENDOR != 0 {
            reason.push_str(", weather vendor's link");
        }
        out.push(Candidate::new(id, ClutterKind::Weather, reason, false).grow(room()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clutter::ArticleContext;
    use crate::dom::html::parse;

    fn detected(html: &str) -> Vec<String> {
        let doc = parse(html);
        let ctx = ArticleContext::NONE;
        let page = Page::new(&doc, &ctx);
        detect(&page)
            .into_iter()
            .map(|c| doc.attr(c.node, "id").unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn finds_a_card_by_its_words() {
        let found = detected(
            r#"<div id="card"><div><span>25</span><sup>°C</sup></div><div>New Delhi</div>
               <ul><li>Rain: 100mm</li><li>Humidity: 97%</li><li>Wind: 47km/h</li></ul></div>"#,
        );
        assert_eq!(found, ["card"]);
    }

    #[test]
    fn finds_widgets_by_class_even_when_empty() {
        let found = detected(
            r#"<div id="w" class="weatherWrapper"><div class="weather__current"></div></div><div id="aw" class="aw-widget-current"></div>"#,
        );
        assert_eq!(found, ["w", "aw"]);
    }

    #[test]
    fn ignores_menu_links_and_prose() {
        let found = detected(
            r#"<nav><a class="weather" href="/weather">Weather</a></nav><ul><li id="m" class="weather"><a href="/weather">Weather</a></li></ul>
               <p>The clear sky at 5° gave way to rain, wind and more than a hundred words of a story about the storm
               that people read and that goes on and on about the city and its roads, the river and the hills, the schools
               and the hospitals, the trains that stopped and the buses that ran late, the shops that closed, the people
               who waited, the officials who spoke, the forecasters who warned, the volunteers who helped, the children who
               played in the puddles, the dogs that barked, the lights that flickered, the phones that rang, the radios
               that crackled, the sirens that wailed, and the long night that followed before a calm and quiet morning came.</p>"#,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn hides_a_menu_weather_item_but_not_the_menu() {
        let html = r#"<nav><ul><li><a href="/">Home</a></li><li id="wx"><button class="weather-button" aria-label="Weather"><span></span></button></li>
            <li><a href="/x">Sports news</a></li></ul></nav><p>Some text of the page, long enough to be something.</p>"#;
        let doc = parse(html);
        let ctx = ArticleContext::NONE;
        let out = crate::clutter::detect(&doc, &ctx);
        let ids: Vec<&str> = out
            .hidden
            .iter()
            .map(|d| doc.attr(d.node, "id").unwrap_or(""))
            .collect();
        assert_eq!(ids, ["wx"]);
    }
}

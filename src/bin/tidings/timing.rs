//! `tidings time PAGE.html...`: the engine's cost per page inside one process, measured the way
//! the corpus baselines were timed (trafilatura's `extract()` in a running interpreter), so the
//! benchmark can put the two side by side without counting process start-up.

use std::time::Instant;

/// Times read+parse, analysis and JSON encoding of each page (`PAGE.html [--url URL]`...),
/// then prints the totals.
pub fn run(args: &[String]) -> Result<(), String> {
    let pages = pages_with_urls(args)?;
    let mut totals = [0f64; 3];
    let mut timed = 0usize;
    println!("page\tparse_ms\tanalysis_ms\tjson_ms\ttotal_ms");
    for (page, url) in &pages {
        let start = Instant::now();
        let doc = match super::read_page(page) {
            Ok(doc) => doc,
            Err(why) => {
                eprintln!("tidings: {why}");
                continue;
            }
        };
        let parsed = Instant::now();
        let analysis = tidings::analyze(&doc, url.as_deref());
        let analysed = Instant::now();
        let json = serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())?;
        let encoded = Instant::now();
        std::hint::black_box(json);
        let phases = [
            ms(parsed - start),
            ms(analysed - parsed),
            ms(encoded - analysed),
        ];
        for (total, phase) in totals.iter_mut().zip(phases) {
            *total += phase;
        }
        timed += 1;
        let [parse, analysis, json] = phases;
        println!(
            "{page}\t{parse:.3}\t{analysis:.3}\t{json:.3}\t{:.3}",
            parse + analysis + json
        );
    }
    let all: f64 = totals.iter().sum();
    let [parse, analysis, json] = totals;
    println!(
        "TOTAL pages={timed} ms={all:.1} parse_ms={parse:.1} analysis_ms={analysis:.1} \
         json_ms={json:.1} pages_per_s={:.1} peak_rss_mib={}",
        timed as f64 * 1000.0 / all.max(f64::EPSILON),
        peak_rss_mib().map_or("unknown".into(), |m| format!("{m:.1}"))
    );
    Ok(())
}

/// `A.html --url U B.html C.html --url V` → [(A, U), (B, none), (C, V)].
fn pages_with_urls(args: &[String]) -> Result<Vec<(String, Option<String>)>, String> {
    let mut pages: Vec<(String, Option<String>)> = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--url" {
            let url = rest.next().ok_or("--url needs a value")?;
            let last = pages
                .last_mut()
                .ok_or("--url comes after the page it belongs to")?;
            last.1 = Some(url.clone());
        } else {
            pages.push((arg.clone(), None));
        }
    }
    if pages.is_empty() {
        return Err("time needs at least one PAGE.html".into());
    }
    Ok(pages)
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The process's peak resident memory (Linux `VmHWM`), if the system reports it.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

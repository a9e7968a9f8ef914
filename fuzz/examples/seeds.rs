//! Writes fuzz seeds from the repository's pages: `seeds OUT_DIR PAGE.html...` puts each page
//! into OUT_DIR/html/ as is and, encoded as a snapshot, into OUT_DIR/snapshot/.

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: seeds OUT_DIR PAGE.html...");
    let out = Path::new(&out);
    std::fs::create_dir_all(out.join("html")).unwrap();
    std::fs::create_dir_all(out.join("snapshot")).unwrap();
    let mut n = 0;
    for page in args {
        let bytes = std::fs::read(&page).unwrap_or_else(|e| panic!("{page}: {e}"));
        let name = page.replace(['/', '\\'], "_");
        std::fs::write(out.join("html").join(&name), &bytes).unwrap();
        let doc = tidings::dom::html::parse(&String::from_utf8_lossy(&bytes));
        let (strings, ops) = tidings_fuzz::encode(&doc);
        std::fs::write(
            out.join("snapshot").join(&name),
            tidings_fuzz::join_snapshot(&strings, &ops),
        )
        .unwrap();
        n += 1;
    }
    eprintln!("seeds: {n} pages into {}", out.display());
}

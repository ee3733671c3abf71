//! Print the history the reader builds for one subject of a research file,
//! as the JSON `clearslate check` reads: `history FILE SUBJECT_ID`.

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(file), Some(subject)) = (args.next(), args.next()) else {
        eprintln!("usage: history FILE SUBJECT_ID");
        std::process::exit(2);
    };
    let mut groups = doj::group::Streaming::new(&[file.into()]);
    while let Ok(Some(g)) = groups.next_group() {
        if let doj::group::Group::Person(p) = g
            && p.rows[0].subject() == subject.as_bytes()
        {
            let (history, _) = doj::history::build(&p.rows);
            match serde_json::to_string_pretty(&history) {
                Ok(json) => println!("{json}"),
                Err(e) => eprintln!("history: {e}"),
            }
            return;
        }
    }
    eprintln!("history: no subject {subject}");
    std::process::exit(1);
}

//! Who said it: speakers resolved from roles, pronouns and descriptions, in articles with a publication date.

use std::sync::OnceLock;

use sitrep::article::Article;
use sitrep::extract::Extractor;
use sitrep::vocab::Vocabulary;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| Extractor::new(Vocabulary::builtin().unwrap()))
}

/// (speaker, first four words of the claim) for every claim of a body published on `date` (YYYY-MM-DD).
fn claims_on(date: &str, body: &str) -> Vec<(String, String)> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let article = Article {
        id: "t".into(),
        path: "t.txt".into(),
        title: "T".into(),
        body: body.into(),
        published: Some(time::Date::parse(date, format).unwrap()),
        ..Article::default()
    };
    extractor()
        .extract(&article)
        .claims
        .iter()
        .map(|c| {
            let text = c.text(body);
            let words: Vec<&str> = text.split_whitespace().take(4).collect();
            (c.speaker.clone(), words.join(" "))
        })
        .collect()
}

/// The one claim of a body published on `date` has this speaker and starts with these words.
fn check_on(date: &str, body: &str, speaker: &str, start: &str) {
    let got = claims_on(date, body);
    assert_eq!(got.len(), 1, "{body:?}: {got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), (speaker, start), "{body:?}");
}

#[test]
fn role_holder_at_the_article_date() {
    // In 2022 the gazetteer also lists a "Permanent Representative of the President of Ukraine in Crimea": her
    // post is a representative's, not the president's.
    check_on(
        "2022-10-04",
        "Talks stalled. The Ukrainian leader has pledged to recover all the terrain.",
        "Volodymyr Zelensky",
        "to recover all the",
    );
    check_on(
        "2022-05-01",
        "Ukraine's President accused Moscow of genocide.",
        "Volodymyr Zelensky",
        "Moscow of genocide",
    );
}

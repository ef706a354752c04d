//! Feeds often carry HTML in their text fields (`<p>...</p>`, `&#039;`). Markup is reduced to plain text before
//! extraction: block tags become paragraph breaks, other tags disappear, character references are decoded.
//! Text without markup is returned unchanged, so claim offsets still point into the input for plain bodies.

/// True when a text contains HTML tags or character references worth cleaning.
pub fn looks_like_html(text: &str) -> bool {
    let has_tag = text.match_indices('<').any(|(i, _)| {
        let rest = &text[i + 1..];
        rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
            && rest.as_bytes().iter().take(200).any(|&b| b == b'>')
    });
    has_tag
        || (text.contains('&') && text.contains(';') && ENTITIES.iter().any(|(e, _)| text.contains(e)))
        || text.contains("&#")
}

const BLOCKS: &[&str] = &["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"];
const ENTITIES: &[(&str, &str)] = &[
    ("&amp;", "&"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", "\""),
    ("&apos;", "'"),
    ("&nbsp;", " "),
    ("&rsquo;", "’"),
    ("&lsquo;", "‘"),
    ("&rdquo;", "”"),
    ("&ldquo;", "“"),
    ("&mdash;", "—"),
    ("&ndash;", "–"),
    ("&hellip;", "…"),
];

/// Plain text of an HTML fragment.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        match after.find('>') {
            Some(gt) if after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') => {
                let tag = after[..gt]
                    .trim_start_matches('/')
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .next()
                    .unwrap_or("");
                if BLOCKS.contains(&tag.to_ascii_lowercase().as_str()) {
                    out.push_str("\n\n");
                }
                rest = &after[gt + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    // Collapse the blank lines block tags leave behind.
    let mut paragraphs: Vec<String> = Vec::new();
    for p in decoded.split("\n\n") {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            paragraphs.push(p);
        }
    }
    paragraphs.join("\n\n")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        // Byte search: ';' is ASCII, so the slice up to it always ends on a character boundary.
        let semi = after.as_bytes().iter().take(12).position(|&b| b == b';');
        let decoded = semi.and_then(|semi| {
            let ent = &after[..=semi];
            if let Some(num) = ent.strip_prefix("&#x").or_else(|| ent.strip_prefix("&#X")) {
                u32::from_str_radix(&num[..num.len() - 1], 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map(|c| (c.to_string(), semi))
            } else if let Some(num) = ent.strip_prefix("&#") {
                num[..num.len() - 1].parse::<u32>().ok().and_then(char::from_u32).map(|c| (c.to_string(), semi))
            } else {
                ENTITIES.iter().find(|(e, _)| *e == ent).map(|(_, v)| (v.to_string(), semi))
            }
        });
        match decoded {
            Some((text, semi)) => {
                out.push_str(&text);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_markup_becomes_text() {
        let html = "<p>Four people die in Russian strikes</p><ul><li><a href=\"x\">See all</a></li></ul><p><strong>At least four</strong> were killed, Kirby&#039;s office said &amp; added.</p>";
        assert!(looks_like_html(html));
        assert_eq!(
            to_text(html),
            "Four people die in Russian strikes\n\nSee all\n\nAt least four were killed, Kirby's office said & added."
        );
    }

    #[test]
    fn multibyte_text_near_markup_is_safe() {
        assert_eq!(to_text("&quot;Jesteście w Polsce&quot; - słychać"), "\"Jesteście w Polsce\" - słychać");
        assert_eq!(decode_entities("&ąęśćźżółń;"), "&ąęśćźżółń;");
        assert!(!looks_like_html("<ąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółńąęśćźżółń"));
    }

    #[test]
    fn plain_text_is_left_alone() {
        assert!(!looks_like_html("Casualties rose 5 < 7 and Smith & Co. said so."));
        assert_eq!(decode_entities("a &unknown; b &#8217; c"), "a &unknown; b ’ c");
    }
}

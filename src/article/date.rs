//! Publication dates as news feeds write them.
//!
//! Accepted: ISO 8601 dates (`2023-01-14`) and date-times (`2022-06-16T15:16:27Z`, with offset or fraction,
//! or with a space instead of `T`), RFC 2822 (`Sat, 14 Jan 2023 10:00:00 +0000`), and month-name forms
//! (`July 11, 2022`, `Jul 11 2022`, `11 July 2022`). Only the calendar date is kept: news dates are about days.

use time::{Date, Month};

/// Parses a publication date; `None` when the text is no date we understand.
pub fn parse_date(raw: &str) -> Option<Date> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    iso(s).or_else(|| rfc2822(s)).or_else(|| month_name(s))
}

/// A date written in a file name, for text articles without a `Date:` header: `2023-01-14` anywhere in
/// the name, or `2023-01` (read as the first of that month; archives often name files by month).
pub fn date_from_file_name(path: &str) -> Option<Date> {
    let name = std::path::Path::new(path).file_stem()?.to_str()?;
    let b = name.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    for i in 0..b.len() {
        if !(digits(i..i + 4) && b.get(i + 4) == Some(&b'-') && digits(i + 5..i + 7)) {
            continue;
        }
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let year: i32 = name[i..i + 4].parse().ok()?;
        let month = Month::try_from(name[i + 5..i + 7].parse::<u8>().ok()?).ok()?;
        let day = if b.get(i + 7) == Some(&b'-') && digits(i + 8..i + 10) && !digits(i + 10..i + 11) {
            name[i + 8..i + 10].parse::<u8>().ok()?
        } else if digits(i + 7..i + 8) {
            continue;
        } else {
            1
        };
        if (1900..=2100).contains(&year) {
            return Date::from_calendar_date(year, month, day).ok();
        }
    }
    None
}

fn iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let year: i32 = s.get(0..4)?.parse().ok()?;
    let month: u8 = s.get(5..7)?.parse().ok()?;
    let day: u8 = s.get(8..10)?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn rfc2822(s: &str) -> Option<Date> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc2822).ok().map(|t| t.date())
}

/// A month from its English name or abbreviation (`July`, `Jul`, `Jul.`, `Sept`); `None` for other words.
pub(crate) fn month_from_name(word: &str) -> Option<Month> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.get(..3)? {
        "jan" => Month::January,
        "feb" => Month::February,
        "mar" => Month::March,
        "apr" => Month::April,
        "may" => Month::May,
        "jun" => Month::June,
        "jul" => Month::July,
        "aug" => Month::August,
        "sep" => Month::September,
        "oct" => Month::October,
        "nov" => Month::November,
        "dec" => Month::December,
        _ => return None,
    };
    // Reject words that merely start like a month ("marching", "maybe").
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let full = FULL[m as usize - 1];
    (w.len() == 3 || full.starts_with(&w) || w == "sept").then_some(m)
}

/// `July 11, 2022`, `Jul 11 2022`, `11 July 2022`, optionally preceded by a weekday and followed by a time.
fn month_name(s: &str) -> Option<Date> {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    for i in 0..words.len() {
        let Some(month) = month_from_name(words[i]) else {
            continue;
        };
        let num = |w: &str| w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<u32>().ok();
        // Month Day Year
        if let (Some(d), Some(y)) = (words.get(i + 1).and_then(|w| num(w)), words.get(i + 2).and_then(|w| num(w))) {
            if let Some(date) = make(y, month, d) {
                return Some(date);
            }
        }
        // Day Month Year
        if i > 0 {
            if let (Some(d), Some(y)) = (num(words[i - 1]), words.get(i + 1).and_then(|w| num(w))) {
                if let Some(date) = make(y, month, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

fn make(year: u32, month: Month, day: u32) -> Option<Date> {
    if !(1800..=9999).contains(&year) {
        return None;
    }
    Date::from_calendar_date(year as i32, month, u8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_string())
    }

    #[test]
    fn accepts_the_forms_feeds_use() {
        assert_eq!(d("2023-01-14").as_deref(), Some("2023-01-14"));
        assert_eq!(d("2022-06-16T15:16:27Z").as_deref(), Some("2022-06-16"));
        assert_eq!(d("2022-06-16 15:16:27+03:00").as_deref(), Some("2022-06-16"));
        assert_eq!(d("Sat, 14 Jan 2023 10:00:00 +0000").as_deref(), Some("2023-01-14"));
        assert_eq!(d("July 11, 2022").as_deref(), Some("2022-07-11"));
        assert_eq!(d("Jul 11 2022").as_deref(), Some("2022-07-11"));
        assert_eq!(d("11 July 2022").as_deref(), Some("2022-07-11"));
        assert_eq!(d("Monday, January 9, 2023 4:05 PM").as_deref(), Some("2023-01-09"));
    }

    #[test]
    fn dates_in_file_names() {
        let f = |p: &str| date_from_file_name(p).map(|d| d.to_string());
        assert_eq!(f("corpus/soledar-2023-01.txt").as_deref(), Some("2023-01-01"));
        assert_eq!(f("x/kirby-2023-02-18.md").as_deref(), Some("2023-02-18"));
        assert_eq!(f("x/report-12345-67.txt"), None);
        assert_eq!(f("x/notes.txt"), None);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        assert_eq!(d(""), None);
        assert_eq!(d("yesterday"), None);
        assert_eq!(d("2023-02-30"), None);
        assert_eq!(d("Marching 11, 2022"), None);
        assert_eq!(d("2023-13-01"), None);
    }
}

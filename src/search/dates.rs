//! Time words in queries: `since 2023-01-10`, `before March 2022`, `in January 2023`, `from D to D`,
//! `between D and D`, and the date values of `since:`/`until:`.

use time::{Date, Month};

use super::query::StructuredQuery;
use crate::error::{Error, Result};

/// A date expression as a day range: `2023-01-10`, `2023-01`, `2023`, `January 2023`, `Jan 10, 2023`,
/// `10 January 2023`.
pub fn parse_date_range(s: &str) -> Result<(Date, Date)> {
    date_words(&s.split_whitespace().collect::<Vec<_>>()).filter(|(_, n)| *n > 0).map(|(r, _)| r).ok_or_else(|| {
        Error::Query(format!("cannot read {s:?} as a date (use 2023-01-10, 2023-01, 2023 or January 2023)"))
    })
}

fn month_of(w: &str) -> Option<Month> {
    crate::article::month_from_name(w.trim_end_matches(','))
}

fn year_of(w: &str) -> Option<i32> {
    let w = w.trim_end_matches([',', '.']);
    (w.len() == 4).then(|| w.parse::<i32>().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

fn month_range(y: i32, m: Month) -> Option<(Date, Date)> {
    let start = Date::from_calendar_date(y, m, 1).ok()?;
    let end = Date::from_calendar_date(y, m, time::util::days_in_month(m, y)).ok()?;
    Some((start, end))
}

/// Reads a date expression at the start of `words`; returns its day range and how many words it used.
fn date_words(words: &[&str]) -> Option<((Date, Date), usize)> {
    let first = *words.first()?;
    let w0 = first.trim_end_matches([',', '.']);
    // ISO forms.
    let parts: Vec<&str> = w0.split('-').collect();
    if parts.len() == 3 {
        let d = Date::from_calendar_date(
            parts[0].parse().ok()?,
            Month::try_from(parts[1].parse::<u8>().ok()?).ok()?,
            parts[2].parse().ok()?,
        )
        .ok()?;
        return Some(((d, d), 1));
    }
    if parts.len() == 2 {
        let y = year_of(parts[0])?;
        let m = Month::try_from(parts[1].parse::<u8>().ok()?).ok()?;
        return Some((month_range(y, m)?, 1));
    }
    if let Some(y) = year_of(w0) {
        let start = Date::from_calendar_date(y, Month::January, 1).ok()?;
        let end = Date::from_calendar_date(y, Month::December, 31).ok()?;
        return Some(((start, end), 1));
    }
    // Month [day[,]] year
    if let Some(m) = month_of(w0) {
        if let Some(y) = words.get(1).and_then(|w| year_of(w)) {
            return Some((month_range(y, m)?, 2));
        }
        let day: u8 = words.get(1)?.trim_end_matches(',').parse().ok()?;
        let y = year_of(words.get(2)?)?;
        let d = Date::from_calendar_date(y, m, day).ok()?;
        return Some(((d, d), 3));
    }
    // day Month year
    if let Ok(day) = w0.parse::<u8>() {
        let m = month_of(words.get(1)?)?;
        let y = year_of(words.get(2)?)?;
        let d = Date::from_calendar_date(y, m, day).ok()?;
        return Some(((d, d), 3));
    }
    None
}

/// Removes time expressions from the plain words, setting `since`/`until`.
pub(super) fn take_time_words(words: Vec<String>, q: &mut StructuredQuery) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let lead = words[i].to_lowercase();
        let rest: Vec<&str> = words[i + 1..].iter().map(String::as_str).collect();
        let taken = match lead.as_str() {
            "since" | "after" | "from" | "between" => date_words(&rest).map(|((a, b), n)| {
                let mut used = 1 + n;
                let joiner = if lead == "between" { "and" } else { "to" };
                if (lead == "from" || lead == "between")
                    && words.get(i + used).is_some_and(|w| w.eq_ignore_ascii_case(joiner) || w == "until")
                {
                    let rest2: Vec<&str> = words[i + used + 1..].iter().map(String::as_str).collect();
                    if let Some(((_, b2), n2)) = date_words(&rest2) {
                        q.since = Some(a);
                        q.until = Some(b2);
                        used += 1 + n2;
                        return used;
                    }
                }
                if lead == "after" {
                    q.since = b.next_day();
                } else {
                    q.since = Some(a);
                }
                used
            }),
            "before" => date_words(&rest).map(|((a, _), n)| {
                q.until = a.previous_day();
                1 + n
            }),
            "until" | "till" | "through" => date_words(&rest).map(|((_, b), n)| {
                q.until = Some(b);
                1 + n
            }),
            "in" | "during" => date_words(&rest).map(|((a, b), n)| {
                q.since = Some(a);
                q.until = Some(b);
                1 + n
            }),
            _ => None,
        };
        match taken {
            Some(n) => i += n,
            None => {
                out.push(words[i].clone());
                i += 1;
            }
        }
    }
    if let (Some(a), Some(b)) = (q.since, q.until) {
        if a > b {
            return Err(Error::Query(format!("the date range ends ({b}) before it starts ({a})")));
        }
    }
    Ok(out)
}

//! Words of time phrases ("on Friday", "last night", "earlier this month", "Monday morning"), shared by the claim
//! rules (a time between a cue and what was said is not part of it) and the speaker rules (a time between a
//! subject and its cue, or fronted before the subject, is not part of the speaker).

/// Days of the week.
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Months, written out.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

/// Months as news agencies abbreviate them (March to July are written out).
const MONTH_ABBREVIATIONS: &[&str] = &["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/// Parts of a day: "Monday night", "this morning".
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Spans of a calendar after "last" or "this": "last week", "this year".
const PERIODS: &[&str] = &["week", "weekend", "month", "year"];

/// Seasons: "last summer", "this winter".
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// Times relative to the day of writing that stand alone: "yesterday", "tonight".
const DEICTIC: &[&str] = &["yesterday", "today", "tonight", "overnight"];

/// "Friday".
pub(super) fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// "March", or an abbreviation ("Sept.") when `abbreviated`.
pub(super) fn is_month(w: &str, abbreviated: bool) -> bool {
    MONTHS.contains(&w) || abbreviated && MONTH_ABBREVIATIONS.contains(&w)
}

/// "night", "morning".
pub(super) fn is_day_part(w: &str) -> bool {
    DAY_PARTS.contains(&w)
}

/// A noun naming a span of time after "last" or "this", seasons included when `seasons`: "night", "week",
/// "year" ("summer").
pub(super) fn is_time_noun(w: &str, seasons: bool) -> bool {
    DAY_PARTS.contains(&w) || PERIODS.contains(&w) || seasons && SEASONS.contains(&w)
}

/// "yesterday", "today", "tonight", "overnight"; with `capitalized`, also at a sentence's start ("Yesterday").
pub(super) fn is_deictic(w: &str, capitalized: bool) -> bool {
    DEICTIC.contains(&w)
        || capitalized
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && DEICTIC.iter().any(|d| d.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_time() {
        assert!(is_weekday("Friday") && !is_weekday("friday"));
        assert!(is_month("May", false) && is_month("Sept.", true) && !is_month("Sept.", false));
        assert!(is_time_noun("night", false) && is_time_noun("weekend", false));
        assert!(is_time_noun("summer", true) && !is_time_noun("summer", false));
        assert!(is_deictic("tonight", false) && !is_deictic("Tonight", false) && is_deictic("Tonight", true));
        assert!(!is_deictic("Tomorrow", true) && !is_deictic("TODAYS", true) && !is_deictic("", true));
        assert!(is_day_part("evening") && !is_day_part("week"));
    }
}

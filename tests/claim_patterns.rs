//! Claim patterns, one sentence or paragraph each: the speaker and the first words of what was said.

mod common;

use common::extractor;
use sitrep::article::Article;

/// (speaker, kind, first four words of the claim) for every claim of a body.
fn claims(body: &str) -> Vec<(String, String, String)> {
    common::claim_heads(body, None)
}

/// The full text of every claim of a body.
fn claims_text(body: &str) -> Vec<String> {
    let article =
        Article { id: "t".into(), path: "t.txt".into(), title: "T".into(), body: body.into(), ..Article::default() };
    extractor().extract(&article).claims.iter().map(|c| c.text(body).to_string()).collect()
}

fn one(body: &str) -> (String, String, String) {
    let got = claims(body);
    assert_eq!(got.len(), 1, "{body:?}: {got:?}");
    got.into_iter().next().unwrap()
}

fn check(body: &str, speaker: &str, kind: &str, start: &str) {
    let (s, k, w) = one(body);
    assert_eq!((s.as_str(), k.as_str(), w.as_str()), (speaker, kind, start), "{body:?}");
}

#[test]
fn title_with_period_before_cue() {
    check("\"It will be first-order business,\" Mr. Podesta said.", "Podesta", "direct", "It will be first-order");
    check("\"It is a dog whistle,\" Rep. Gwen Moore (D-Wis.) said Friday.", "Gwen Moore", "direct", "It is a dog");
}

#[test]
fn doubled_apostrophes_quote() {
    check("''We hold the line,'' the governor said.", "the governor", "direct", "We hold the line");
}

#[test]
fn name_with_appositive_before_cue() {
    check(
        "\"I think all candidates should do so,\" Douglas Holtz-Eakin, an economist and tax expert, told me.",
        "Douglas Holtz-Eakin",
        "direct",
        "I think all candidates",
    );
}

#[test]
fn time_between_subject_and_cue_is_no_part_of_the_speaker() {
    check(
        "But Ukraine's UK ambassador last night said the war would go on for months.",
        "Ukraine's UK ambassador",
        "indirect",
        "the war would go",
    );
    check(
        "A US defence official late last month told the Wall Street Journal that stocks are low.",
        "A US defence official",
        "indirect",
        "stocks are low",
    );
    // A participle goes with its time: "released last week" is the poll's.
    check("A poll released last week found that support had fallen.", "A poll", "indirect", "support had fallen");
    // A passive with a time after its auxiliary: the subject is told, it does not speak.
    assert_eq!(claims("Ukraine was last night warned to prepare for blackouts."), []);
}

#[test]
fn phrase_fronted_without_a_comma_is_no_part_of_the_subject() {
    check(
        "On Wednesday the prime minister's official spokesman said the government was not confident.",
        "the prime minister's official spokesman",
        "indirect",
        "the government was not",
    );
    check(
        "In a televised address the defiant leader said: \"Rockets against Odesa? This will be a war crime.\"",
        "the defiant leader",
        "direct",
        "Rockets against Odesa? This",
    );
    check(
        "Earlier today Ukrainian authorities said the bridge was closed.",
        "Ukrainian authorities",
        "indirect",
        "the bridge was closed",
    );
    // "This is the first time ...": a subject, not a fronted time.
    assert_eq!(claims("This may be the dumbest remark ever from Junior."), []);
}

#[test]
fn sentence_adverb_before_a_given_name_is_no_first_name() {
    // "Soon Tania's friends": "Soon" opens the sentence, Tania has no surname.
    let got = claims(
        "\"It just hit the building,\" Tania says. Soon Tania's friends started sending her screenshots. Tania says \
         she felt sadness.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Tania", "Tania"], "{got:?}");
}

#[test]
fn sentence_adverb_opening_the_subject_is_no_part_of_it() {
    check(
        "Now officials say Biden will want to understand where Xi stands.",
        "officials",
        "indirect",
        "Biden will want to",
    );
    check(
        "Earlier this week Russian officials claimed that it would be reducing its force size.",
        "Russian officials",
        "indirect",
        "it would be reducing",
    );
    check(
        "Before the meeting his officials said there would be no joint statement.",
        "his officials",
        "indirect",
        "there would be no",
    );
}

#[test]
fn quotation_ending_in_a_participle_before_a_given_name_and_cue() {
    // Not "refuting Wagner claims": the quotation ends between "shelling" and "Tania".
    check(
        "\"There was no whistle, rustling or sound of shelling,\" Tania says.",
        "Tania",
        "direct",
        "There was no whistle,",
    );
}

#[test]
fn trailing_attribution_with_long_tail() {
    check(
        "Moscow will make much harsher demands if talks resume, Leonid Slutsky, a member of the negotiating team, \
         has warned in a scathing post on Telegram.",
        "Leonid Slutsky",
        "indirect",
        "Moscow will make much",
    );
    check(
        "New detail about the plan was discussed in the Situation Room, U.S. officials confirmed to CBS News.",
        "U.S. officials",
        "indirect",
        "New detail about the",
    );
}

#[test]
fn vowed_to_is_still_a_claim() {
    check("Zelensky vowed to retake every village.", "Volodymyr Zelensky", "indirect", "to retake every village");
}

#[test]
fn adverb_and_possessive_appositive_before_cue() {
    let got = claims(
        "Ksenia Sobchak, who is a person of interest, categorically denied any involvement in the case. \
         Heather Adkins, Google's vice president of security engineering, told reporters that passwords will die.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Ksenia Sobchak", "Heather Adkins"], "{got:?}");
}

#[test]
fn definite_description_refers_back() {
    let got = claims(
        "\"The economy will grow,\" a White House official said.\n\nThe official also said prices would fall soon.",
    );
    assert_eq!(got[1].0, "a White House official", "{got:?}");
    let got = claims(
        "Mikhail Podolyak said in an interview that the agency was cowardly. The Ukrainian official said the \
         inspectors would be judged by their report.",
    );
    assert_eq!(got[1].0, "Mykhailo Podolyak", "{got:?}");
    let got = claims("Tesla CEO Elon Musk was in Berlin. The Tesla CEO argued in a tweet that Crimea should stay.");
    assert_eq!(got[0].0, "Elon Musk", "{got:?}");
}

#[test]
fn parenthetical_attribution_keeps_the_whole_sentence() {
    let got = claims("The museum, Mr. Obama said, would make visitors face uncomfortable truths.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].2.as_str()), ("Barack Obama", "The museum … would"), "{got:?}");
    // A participle after the attribution is not part of the claim.
    let got = claims("The line holds near Bakhmut, the governor said, adding that shelling goes on.");
    assert_eq!(got[0].2, "The line holds near", "{got:?}");
}

#[test]
fn coordinated_verb_takes_the_first_subject() {
    check(
        "Machado praised Clinton on Monday and said she would stand up to the attacks.",
        "Machado",
        "indirect",
        "she would stand up",
    );
}

#[test]
fn object_cues() {
    check(
        "Ronzheimer called the shooting a clear indication that Russia was not following the rules of war.",
        "Ronzheimer",
        "indirect",
        "the shooting a clear",
    );
    check(
        "That detail was part of what two U.S. officials described as a broad mosaic of information.",
        "two U.S. officials",
        "indirect",
        "a broad mosaic of",
    );
    check("Zelensky called for a no-fly zone over Ukraine.", "Volodymyr Zelensky", "indirect", "a no-fly zone over");
    check("Last week, Penn threatened to melt down his Oscars in public.", "Penn", "indirect", "to melt down his");
    // No content: a place name, an addressee only, a relative clause after the object.
    assert!(claims("They reached a village called Yasne.").is_empty());
    assert!(claims("The spokesman asked not to be named.").is_empty());
    let got = claims("Trump called for contestants to wear dresses that showed more.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "contestants to wear dresses", "{got:?}");
}

#[test]
fn roles_resolved_through_the_gazetteer() {
    check(
        "Talks ended. Russia’s foreign minister said that Russia will insist on demilitarization.",
        "Sergei Lavrov",
        "indirect",
        "Russia will insist on",
    );
    // The mayor, not his adviser nor the Russian-installed one.
    check(
        "Mariupol's mayor said about 21,000 civilians had been killed.",
        "Vadym Boychenko",
        "indirect",
        "about 21,000 civilians had",
    );
    check(
        "The Ukrainian leader has pledged to recover all the terrain.",
        "Volodymyr Zelensky",
        "indirect",
        "to recover all the",
    );
}

#[test]
fn entity_before_a_head_noun_is_a_description() {
    // Two claims since "believe" is a cue (a stated belief, and what they emphasize), both by the description.
    let got = claims("U.S. officials do not believe Putin has decided but emphasize that he is now capable of it.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|c| c.0 == "U.S. officials"), "{got:?}");
}

#[test]
fn second_cue_of_the_same_speaker_is_a_second_claim() {
    let got = claims(
        "Lavrov said Russia would continue its military operation while talks were ongoing, saying it cannot \
         allow military infrastructure to remain.",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
    assert_eq!(
        got,
        [("Sergei Lavrov", "Russia would continue its"), ("Sergei Lavrov", "it cannot allow military")],
        "{got:?}"
    );
    let got =
        claims("Biden also said the U.S. would provide $500 million in aid and announced a new program for refugees.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].2, "a new program for", "{got:?}");
}

#[test]
fn colon_then_quotation_in_the_next_paragraph() {
    let got = claims("Mr. Caddell continued:\n\n\"The health issue is very much a partisan issue.\"\n\nThen he left.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Caddell", "direct"), "{got:?}");
    assert_eq!(got[0].2, "The health issue is", "{got:?}");
}

#[test]
fn pronoun_gender_from_the_article() {
    let got = claims(
        "Ksenia Sobchak is a journalist and she runs a channel. Sergei Chemezov said his company was the victim. \
         On Thursday, she stated that she had never written messages on the channels.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Ksenia Sobchak", "{got:?}");
}

#[test]
fn surname_entity_takes_the_full_name_given_earlier() {
    let got = claims(
        "His mother Ang Wood said her son had no choice.\n\nMs Wood said her son \"sounded OK\" when she spoke to him.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Ang Wood", "Ang Wood"], "{got:?}");
}

#[test]
fn noun_forms_of_cues() {
    assert!(claims("President Joe Biden answers questions during a news conference in the East Room.").is_empty());
    assert!(claims("The key question is what would happen if he were taken prisoner.").is_empty());
    check("A new poll shows that Trump remains in a tight race.", "A new poll", "indirect", "Trump remains in a");
    // "posted" needs "that": a posted video is not a claim.
    assert!(claims("He posted a silent video of himself with the actor on social media.").is_empty());
    // "reported citing X": the claim is before the comma.
    let got =
        claims("There was a sound similar to thunder, Russia's TASS news agency reported citing the city council.");
    assert_eq!(got[0].2, "There was a sound", "{got:?}");
}

#[test]
fn entity_in_a_prepositional_phrase_after_a_head_noun_is_not_the_speaker() {
    let got = one("Several officials in Kyiv have hinted that Ukrainian forces may have been behind the blasts.");
    assert_eq!(got.0, "Several officials in Kyiv", "{got:?}");
    let got = one("Police in the separatist region of Transnistria say several explosions hit the ministry building.");
    assert_eq!(got.0, "Police in the separatist region of Transnistria", "{got:?}");
}

#[test]
fn they_after_a_plural_description_that_spoke() {
    let got = claims(
        "Several officials in Kyiv have hinted that Ukrainian forces were behind the blasts. \
         They also warned that more explosions could be expected.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Several officials in Kyiv", "Several officials in Kyiv"], "{got:?}");
}

#[test]
fn misspelt_surname_takes_the_person_named_before() {
    let got = claims(
        "Another man who enlisted Friday was Volodymyr Omelyan, a former minister. \
         Oemlyan said his main goal was to protect his family.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers.last(), Some(&"Volodymyr Omelyan"), "{got:?}");
}

#[test]
fn misspelt_surname_with_a_letter_dropped() {
    let got = claims(
        "Mark Wolfe, the executive director of the association, spoke on Monday. \
         Heating costs have risen sharply, Wolf told reporters.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers.last(), Some(&"Mark Wolfe"), "{got:?}");
}

#[test]
fn pronoun_takes_the_subject_of_the_sentence_before_over_the_last_speaker() {
    let got = claims(
        "Anatoly Petrenko said the Russians would never reach the river. Andrej Kovalenko, a 27-year-old soldier, \
         was kept company in his dug-out by his pet dog. He told me \"we have good weapons and good fortifications\".",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Anatoly Petrenko", "Andrej Kovalenko"], "{got:?}");
}

#[test]
fn pronoun_takes_the_subject_after_a_title() {
    let got = claims(
        "Mykhailo Podolyak said the agency was cowardly. President Volodymyr Zelensky too has expressed skepticism \
         about the visit. In a video statement on Thursday, he accused Rafael Grossi of failing to secure access.",
    );
    assert_eq!(got.last().map(|c| c.0.as_str()), Some("Volodymyr Zelensky"), "{got:?}");
}

#[test]
fn speech_act_noun_after_light_verb() {
    check(
        "Carlson made an extremely rare admission that he was wrong about the war.",
        "Carlson",
        "indirect",
        "he was wrong about",
    );
    check(
        "The commander made an urgent last-ditch plea for women and children to be evacuated.",
        "The commander",
        "indirect",
        "women and children to",
    );
    // A noun with no light verb before it is not a cue.
    assert!(claims("The admission that he was wrong came late in the evening.").is_empty());
}

#[test]
fn participle_after_with_or_of_noun_phrase() {
    check(
        "The test was smaller than Chernobyl, with an expert saying they are trying to fool Russians.",
        "an expert",
        "indirect",
        "they are trying to",
    );
    check(
        "The ad uses footage of Hillary Clinton asking, \"Why aren't I 50 points ahead?\"",
        "Hillary Clinton",
        "direct",
        "Why aren't I 50",
    );
    // Without the comma, "with" is not a clause of its own.
    assert!(claims("They met with officials saying goodbye.").is_empty());
}

#[test]
fn age_or_party_tag_between_name_and_cue() {
    check(
        "Griner, 31, also told the court that she had no intention of breaking the law.",
        "Brittney Griner",
        "indirect",
        "she had no intention",
    );
    check(
        "Sen. Tim Kaine, D-Va., said on Sunday that the last two years have been tough.",
        "Tim Kaine",
        "indirect",
        "the last two years",
    );
    check(
        "Sen. Lindsey Graham (R-S.C.) said that the sanctions must be tougher.",
        "Lindsey Graham",
        "indirect",
        "the sanctions must be",
    );
}

#[test]
fn progressive_cue() {
    check(
        "Fowler is calling for an independent inquiry into the strike.",
        "Fowler",
        "indirect",
        "an independent inquiry into",
    );
    check(
        "The mayor has been warning that the city could run out of water.",
        "The mayor",
        "indirect",
        "the city could run",
    );
    // "that" followed by a short time phrase is an object, not a content clause.
    assert!(claims("The mayor has been saying that for a while now.").is_empty());
}

#[test]
fn name_set_off_after_a_description() {
    check(
        "A lawyer for the news outlets, David Schulz, said no decision had been made about an appeal.",
        "David Schulz",
        "indirect",
        "no decision had been",
    );
    check(
        "Senator Dianne Feinstein, Democrat of California, said the program has sent a terrible message.",
        "Dianne Feinstein",
        "indirect",
        "the program has sent",
    );
}

#[test]
fn name_after_a_role_the_gazetteer_lacks() {
    check(
        "Republican National Committee Research Director Raj Shah said that the statements are scrutinized.",
        "Raj Shah",
        "indirect",
        "the statements are scrutinized",
    );
}

#[test]
fn quotation_after_a_preposition_is_a_title() {
    check(
        "In an interview on CBS's \"Face the Nation,\" Speaker Paul Ryan said the recent shootings demand more listening.",
        "Paul Ryan",
        "indirect",
        "the recent shootings demand",
    );
}

#[test]
fn relative_who_before_cue() {
    check(
        "The general, who said the offensive had stalled, left the room.",
        "The general",
        "indirect",
        "the offensive had stalled",
    );
    check(
        "Trump declined to pay an architect who said he was stiffed after he designed a clubhouse.",
        "an architect",
        "indirect",
        "he was stiffed after",
    );
    // The description the relative clause hangs on is the appositive of a full name, wherever that name stands.
    check(
        "Since 2018, the party was led by Viktor Medvedchuk, a businessman who called for better relations with \
         Russia.",
        "Viktor Medvedchuk",
        "indirect",
        "better relations with Russia",
    );
}

#[test]
fn transcript_turns() {
    let got = claims(
        "TOM SOUFI BURRIDGE: This is a breathtaking move by the Ukrainians. They have retaken a key city. \
         START HERE: How is that possible? BURRIDGE: Well, one of the reasons is the weapons supplied by allies.",
    );
    let turns: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
    assert_eq!(
        turns,
        vec![
            ("Tom Soufi Burridge", "This is a breathtaking"),
            ("Start Here", "How is that possible"),
            ("Tom Soufi Burridge", "Well, one of the"),
        ],
        "{got:?}"
    );
    // A heading in capitals is not a speaker.
    assert!(claims("UPDATE: The bridge was reopened to traffic on Monday.").is_empty());
}

#[test]
fn joint_speakers_give_one_claim_each() {
    let got = claims("In May, Apple, Google and Microsoft announced a joint effort to expand passwordless sign-in.");
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Apple", "Google", "Microsoft"], "{got:?}");
    // A name ending an earlier clause is not a joint speaker.
    let got = claims("Russia attacked Kyiv and officials said the city's power station was hit.");
    assert_eq!(got.len(), 1, "{got:?}");
    // The subject of a relative clause speaks alone.
    let got = claims("The plan drew criticism from both Google and Microsoft, who have questioned the costs of it.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn joint_speakers_with_a_description_or_a_pronoun() {
    let speakers = |body: &str| claims(body).into_iter().map(|c| c.0).collect::<Vec<_>>();
    // A plural description first, opening the sentence after a connective.
    assert_eq!(
        speakers("But Western nations and Ukraine have been accusing Russia of blocking seaborne exports."),
        ["Western nations", "Ukraine"]
    );
    // A pronoun first ("he" is Paul Whelan).
    assert_eq!(
        speakers(
            "Paul Whelan was arrested on espionage charges, which both he and the U.S. government claim are false."
        ),
        ["Paul Whelan", "US Government"]
    );
    // Modifiers shared by a plural head name one description; a list after a preposition is not the subject; a
    // pronoun after "and" opens a clause of its own.
    assert_eq!(speakers("Russian and Ukrainian officials said the talks would resume."), ["Ukrainian officials"]);
    assert_eq!(speakers("Officials in both Sweden and Denmark have concluded that it was sabotage.").len(), 1);
    assert_eq!(speakers("Biden called Macron and he said the talks would resume.").len(), 1);
}

#[test]
fn trailing_attribution_citing_a_source() {
    // The outlet and its source make the same claim (guidelines: "TASS reported citing the city council").
    let got = claims(
        "The US government has given Ukraine the go-ahead to target Crimea, Politico reported citing a Biden administration official.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Politico", "a Biden administration official"], "{got:?}");
    assert!(got.iter().all(|c| c.2 == "The US government has"), "{got:?}");
}

#[test]
fn second_cue_after_a_link_and_a_pronoun() {
    let got = claims("Andrej said that the invaders were poorly fed, but he added that their morale was low.");
    let firsts: Vec<&str> = got.iter().map(|c| c.2.as_str()).collect();
    assert_eq!(firsts, ["the invaders were poorly", "their morale was low"], "{got:?}");
}

/// Reported speech that ends in a quoted phrase keeps the phrase's closing mark.
#[test]
fn reported_speech_ending_in_a_quotation_keeps_its_closing_mark() {
    let body =
        "Volodymyr Zelensky told the UN Security Council that Russian tanks had crushed people \"for pleasure\". \
                He spoke by video link.";
    let article = Article { id: "t".into(), path: "t.txt".into(), body: body.into(), ..Article::default() };
    let x = extractor().extract(&article);
    assert_eq!(x.claims.len(), 1, "{:?}", x.claims);
    assert!(x.claims[0].text(body).ends_with("\"for pleasure\""), "{:?}", x.claims[0].text(body));
    let curly = "Zelensky told the council that tanks had crushed people “for pleasure”.";
    let article = Article { id: "t".into(), path: "t.txt".into(), body: curly.into(), ..Article::default() };
    let x = extractor().extract(&article);
    assert!(x.claims[0].text(curly).ends_with("“for pleasure”"), "{:?}", x.claims[0].text(curly));
}

#[test]
fn that_after_the_clause_subject_is_a_determiner() {
    check(
        "Mr. Halvorsen said he would not rush to that verdict before the audit ends.",
        "Halvorsen",
        "indirect",
        "he would not rush",
    );
}

#[test]
fn partial_quote_closing_reported_speech_before_trailing_cue() {
    check(
        "The ferry schedule for the islands was \"a disgrace,\" the harbour master said.",
        "the harbour master",
        "indirect",
        "The ferry schedule for",
    );
}

#[test]
fn question_quotation_split_from_its_attribution() {
    check(
        "The meeting ran late. \"Who will pay for the new bridge?\" Halvorsen asked. The mayor did not answer.",
        "Halvorsen",
        "direct",
        "Who will pay for",
    );
    check(
        "Dmytro Kuleba spoke first. \"Why does nobody listen to the farmers?\" he asked.",
        "Dmytro Kuleba",
        "direct",
        "Why does nobody listen",
    );
}

#[test]
fn new_reporting_verbs() {
    check("Mr. Halvorsen branded the new toll a tax on commuters.", "Halvorsen", "indirect", "the new toll a");
    check(
        "Some analysts believe the harbour will reopen before the winter storms.",
        "Some analysts",
        "indirect",
        "the harbour will reopen",
    );
    check(
        "The fishermen's union wants to renegotiate the quota before the season opens.",
        "The fishermen's union",
        "indirect",
        "to renegotiate the quota",
    );
}

#[test]
fn speech_acts_without_content_are_not_claims() {
    // A faith in something and a criticism without a reason have no proposition to span.
    assert_eq!(claims("The villagers believe in their harbour and in the old ferry."), vec![]);
    assert_eq!(claims("Mr. Halvorsen criticized the new bridge over the fjord."), vec![]);
    check(
        "Mr. Halvorsen criticized the council for closing the old ferry line.",
        "Halvorsen",
        "indirect",
        "the council for closing",
    );
}

#[test]
fn the_authors_question_is_no_claim() {
    assert_eq!(claims("Did the council really believe that the ferry would pay for itself?"), vec![]);
}

#[test]
fn attribution_set_off_inside_a_relative_clause() {
    check(
        "Dmytro Kuleba met the envoy of the agency, who, Kuleba said, \u{201c}kept the talks alive\u{201d} during \
         the long winter.",
        "Dmytro Kuleba",
        "indirect",
        "\u{201c}kept the talks alive\u{201d}",
    );
}

#[test]
fn relative_clause_with_its_own_subject_ends_at_a_comma() {
    check(
        "The toll, which Mr. Halvorsen said would ruin the island's shops, was approved on Monday.",
        "Halvorsen",
        "indirect",
        "would ruin the island's",
    );
    let text = claims_text("The toll, which Mr. Halvorsen said would ruin the island's shops, was approved on Monday.");
    assert_eq!(text, vec!["would ruin the island's shops".to_string()]);
}

#[test]
fn pronoun_takes_the_subject_after_a_fronted_phrase() {
    let got = claims(
        "Garry Kasparov said the donors were generous. At the time, Dmytro Kuleba thanked the donors for the \
         generators that he said would keep the hospitals running.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Dmytro Kuleba", "{got:?}");
}

#[test]
fn acronym_and_bare_body_take_the_name_given_before() {
    let got = claims(
        "The Northern Ferry Operators Association published its figures on Monday. According to NFOA, fares rose \
         by a third in two years.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Northern Ferry Operators Association", "{got:?}");
    let got = claims(
        "The International Ferry Association published its figures on Monday. In a letter, the association said \
         that the island routes would close without a larger subsidy.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "International Ferry Association", "{got:?}");
}

#[test]
fn name_given_by_an_appositive_before_the_cue() {
    check(
        "One fisherman, an old man called Sigurd, said that the catch had halved since the spring.",
        "Sigurd",
        "indirect",
        "the catch had halved",
    );
    check(
        "A volunteer driver, known as Marta, said the road to the coast was open again.",
        "Marta",
        "indirect",
        "the road to the",
    );
}

#[test]
fn pronoun_after_an_indefinite_description_in_its_sentence() {
    let got = claims(
        "The old bridge that Dmytro Kuleba opened was closed in May. I mention the bridge because, a year ago, a \
         local ferry captain was fired because he said that the bridge was unsafe.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "a local ferry captain", "{got:?}");
}

#[test]
fn the_west_as_a_joint_speaker() {
    let got = claims("Moldova and the West have said that the ferry referendum on the island was rigged.");
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, vec!["Moldova", "West"], "{got:?}");
}

#[test]
fn participle_after_a_quotation_has_its_own_content() {
    let got = claims_text(
        "\"The crossing is safe,\" Mr. Halvorsen said, adding that the ferry would run twice a day from June.",
    );
    assert_eq!(got, vec!["The crossing is safe".to_string(), "the ferry would run twice a day from June".to_string()]);
}

#[test]
fn quotation_introduced_with_a_comma_is_direct_whatever_follows() {
    check(
        "In a post on Monday, Mr. Halvorsen said, \"The crossing will reopen in June\" and thanked the crews.",
        "Halvorsen",
        "direct",
        "The crossing will reopen",
    );
}

#[test]
fn participle_after_by_a_writing_or_a_linked_participle() {
    let got = claims_text(
        "The Kremlin chimed in, praising the mayor for his plan but warning that the ferry would stay closed.",
    );
    assert_eq!(got, vec!["the mayor for his plan".to_string(), "the ferry would stay closed".to_string()]);
    check(
        "Dmytro Kuleba surprised the council by suggesting that the ferry should be free for pupils.",
        "Dmytro Kuleba",
        "indirect",
        "the ferry should be",
    );
    check(
        "Dmytro Kuleba posted a poll asking whether the ferry should be free for pupils.",
        "Dmytro Kuleba",
        "indirect",
        "whether the ferry should",
    );
}

#[test]
fn praise_and_condemnation_need_a_reason() {
    assert_eq!(claims("Dmytro Kuleba praised the ferry crews."), vec![]);
    check(
        "Dmytro Kuleba condemned the council for closing the island's only school.",
        "Dmytro Kuleba",
        "indirect",
        "the council for closing",
    );
}

#[test]
fn infinitive_cues() {
    check(
        "Mr. Halvorsen went on to say that the ferry would be rebuilt by the spring.",
        "Halvorsen",
        "indirect",
        "the ferry would be",
    );
    assert_eq!(claims("Mr. Halvorsen declined to say whether the ferry would be rebuilt."), vec![]);
    assert_eq!(claims("Mr. Halvorsen has yet to say anything about the ferry and the bridge."), vec![]);
}

#[test]
fn passive_with_an_adverb_and_a_death_toll_are_not_claims() {
    assert_eq!(claims("Mr. Halvorsen was also told that the ferry would close in the winter."), vec![]);
    assert_eq!(claims("The storm on the coast claimed the lives of three fishermen on Monday."), vec![]);
}

#[test]
fn long_description_with_a_person_noun_and_a_preposition() {
    check(
        "The captain of a small Norwegian fishing boat said the harbour had been closed for days.",
        "The captain of a small Norwegian fishing boat",
        "indirect",
        "the harbour had been",
    );
}

#[test]
fn rejected_accusations_and_a_second_named_speaker() {
    let got = claims_text(
        "Harbour officials rejected accusations that they had closed the port and Mayor Ingrid Dahl said the \
         ferry was \"running on time.\"",
    );
    // The partial quote completes Dahl's clause, so her claim is the whole clause (guidelines).
    assert_eq!(got, vec!["they had closed the port".to_string(), "the ferry was \"running on time.\"".to_string()]);
}

#[test]
fn inverted_speaker_description_and_person_after_a_place() {
    check(
        "\"The ferry will run again,\" said a longtime adviser to the island's council.",
        "a longtime adviser to the island's council",
        "direct",
        "The ferry will run",
    );
    check(
        "\"The ferry will run again,\" said Kremlin spokesman Dmitry Peskov.",
        "Dmitry Peskov",
        "direct",
        "The ferry will run",
    );
}

#[test]
fn short_claim_before_an_attribution_with_a_long_tail() {
    check(
        "Piracy will not be tolerated, Harbour Master Ingrid Dahl has warned in a long post on the council's website.",
        "Ingrid Dahl",
        "indirect",
        "Piracy will not be",
    );
}

#[test]
fn adds_to_a_sum_is_not_a_claim() {
    assert_eq!(
        claims("The new grant adds to the two million crowns the council gave the ferry line last year."),
        vec![]
    );
}

#[test]
fn quantifier_subject_stands_for_the_opening_description() {
    check(
        "The volunteers looked tired after the storm, but all said the catch had been good.",
        "The volunteers",
        "indirect",
        "the catch had been",
    );
}

#[test]
fn share_of_those_polled_as_speaker() {
    check(
        "Among island residents, 47 percent said they would use the new ferry every week.",
        "47 percent",
        "indirect",
        "they would use the",
    );
}

#[test]
fn participle_subject_is_the_person_an_organization_role_leads_to() {
    check(
        "White House press secretary Karine Jean-Pierre declined to comment on the ferry, telling reporters that \
         she had nothing to announce.",
        "Karine Jean-Pierre",
        "indirect",
        "she had nothing to",
    );
}

#[test]
fn called_any_object_before_a_quotation() {
    check(
        "Mr. Halvorsen called plans by the council to close the ferry line \"a betrayal of the islands.\"",
        "Halvorsen",
        "indirect",
        "plans by the council",
    );
}

#[test]
fn inverted_attribution_with_an_appositive() {
    check(
        "The ferry line will not survive another winter, said Ingrid Dahl, a senior analyst at the harbour board.",
        "Ingrid Dahl",
        "indirect",
        "The ferry line will",
    );
    check(
        "The ferry line will not survive another winter, said a former spokesman for the harbour board.",
        "a former spokesman for the harbour board",
        "indirect",
        "The ferry line will",
    );
}

#[test]
fn title_abbreviation_after_the_cue() {
    check(
        "\"The ferry is too slow,\" said Ms. Lund, who works at the harbour office.",
        "Lund",
        "direct",
        "The ferry is too",
    );
}

#[test]
fn split_question_with_a_longer_attribution() {
    check(
        "\"Who will pay for it?\" Halvorsen said of the council in February, when the budget was cut.",
        "Halvorsen",
        "direct",
        "Who will pay for",
    );
}

#[test]
fn manner_of_speaking_verbs_with_a_quotation() {
    check("\"The ferry is older than I am,\" joked Mr. Halvorsen.", "Halvorsen", "direct", "The ferry is older");
    // The quotation inside the first claim is not the second speaker's.
    let got = claims(
        "Dmytro Kuleba gushed afterward that the crews never \"once missed a crossing,\" while Garry Kasparov said the \
         ferry was late.",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, vec!["Dmytro Kuleba", "Garry Kasparov"], "{got:?}");
    assert_eq!(got[1].2, "the ferry was late", "{got:?}");
}

#[test]
fn quoted_word_before_the_cue_is_not_an_auxiliary() {
    check("\"The ferry is older than we are,\" said Dmytro Kuleba.", "Dmytro Kuleba", "direct", "The ferry is older");
}

#[test]
fn single_quotation_marks_quote() {
    check(
        "'We've held the city's line for a month,' the mayor told reporters.",
        "the mayor",
        "direct",
        "We've held the city's",
    );
    check(
        "The mayor told reporters: 'We will not leave the soldiers' families behind.'",
        "The mayor",
        "direct",
        "We will not leave",
    );
}

#[test]
fn negated_or_refused_cues_are_no_claims() {
    for body in [
        "The spokesman did not confirm that the bridge had fallen.",
        "The spokesman wouldn't say whether the bridge had fallen.",
        "The spokesman declined to say whether the bridge had fallen.",
        "The spokesman has never said that the bridge had fallen.",
    ] {
        assert!(claims(body).is_empty(), "{body:?}: {:?}", claims(body));
    }
    // Not negated: the claim stays.
    check("The spokesman said that the bridge had not fallen.", "The spokesman", "indirect", "the bridge had not");
}

#[test]
fn initials_as_first_name_of_surname_speaker() {
    check(
        "The analyst J.R. Whitcombe spoke on Friday. Whitcombe said the army had collapsed.",
        "J.R. Whitcombe",
        "indirect",
        "the army had collapsed",
    );
}

#[test]
fn named_appositive_after_description_subject() {
    check(
        "The festival's organizers, the European Music Federation, said in a statement that the event was cancelled.",
        "European Music Federation",
        "indirect",
        "the event was cancelled",
    );
}

#[test]
fn person_before_indefinite_description_without_closing_comma() {
    check(
        "Pavel Ivanov, an exiled Russian lawyer also confirmed the detentions on Monday.",
        "Pavel Ivanov",
        "indirect",
        "the detentions on Monday",
    );
}

#[test]
fn the_company_is_not_a_place() {
    check(
        "Anna Bell worked for a radio station in Poland for ten years, the company said on Friday.",
        "the company",
        "indirect",
        "Anna Bell worked for",
    );
}

#[test]
fn the_leaders_of_an_organization() {
    check(
        "NATO leaders met in Madrid on Monday. The leaders said the alliance would double its forces.",
        "NATO",
        "indirect",
        "the alliance would double",
    );
}

#[test]
fn author_gloss_after_as_ends_the_claim() {
    let got = claims_text("The governor said the evacuation of the valley would end by Friday as he toured a shelter.");
    assert_eq!(got, vec!["the evacuation of the valley would end by Friday".to_string()]);
}

#[test]
fn relative_that_inside_the_reported_clause() {
    // The words before "that" open the clause; "that" is a relative pronoun inside it.
    assert_eq!(
        claims_text("Halvorsen questioned whether islands like Utsira that joined late should keep their ferries."),
        vec!["whether islands like Utsira that joined late should keep their ferries".to_string()]
    );
    assert_eq!(
        claims_text("Experts say the boats that have surfaced likely reflect only a fraction of the fleet."),
        vec!["the boats that have surfaced likely reflect only a fraction of the fleet".to_string()]
    );
    // An addressee, a time or a noun with its own "that" clause before "that": the content starts after it.
    assert_eq!(
        claims_text("Halvorsen told the harbour board that the ferries would run until Friday."),
        vec!["the ferries would run until Friday".to_string()]
    );
    assert_eq!(
        claims_text("Halvorsen said a day later that the ferries would run until Friday."),
        vec!["the ferries would run until Friday".to_string()]
    );
    assert_eq!(
        claims_text("Halvorsen believes the reports that the ferries would run until Friday."),
        vec!["the ferries would run until Friday".to_string()]
    );
}

#[test]
fn new_clause_of_narration_ends_the_claim() {
    // ", as <subject> <verb>" and ", but there is" start the author's narration.
    for body in [
        "The ministry said the ferries would run until Friday, as Halvorsen's crews pressed on with repairs.",
        "The ministry said the ferries would run until Friday, as Halvorsen continues repairs.",
    ] {
        assert_eq!(claims_text(body), vec!["the ferries would run until Friday".to_string()], "{body:?}");
    }
    let got =
        claims_text("The council has denied that it is selling the harbour, but there is mounting evidence of talks.");
    assert_eq!(got, vec!["it is selling the harbour".to_string()]);
    // Not a comparison or an addition, not a parenthetical attribution, not the speaker's reason with a modal.
    for body in [
        "The ministry said the ferries would carry cars, as well as buses from the islands.",
        "The ministry said the ferry that, as local pilots claimed, had run aground was towed off.",
        "The ministry said the ferries would stop, as Halvorsen's crews could not reach the piers.",
        "Halvorsen said he had named Dahl and Berg, as his official deputies at the port.",
    ] {
        let got = claims_text(body);
        assert!(got.iter().any(|c| c.contains(", as ")), "{body:?}: {got:?}");
    }
}

#[test]
fn she_is_not_a_man_by_first_name() {
    let got = claims(
        "Former aide Maria Lopez spoke on Tuesday. \"He was afraid,\" Lopez said. And were he still in office, \
         Donald Baxter would have done nothing, she said.",
    );
    assert_eq!(got.last().map(|c| c.0.as_str()), Some("Maria Lopez"), "{got:?}");
}

#[test]
fn possessive_mention_gives_no_sex() {
    let got = claims(
        "Kim Porter's deputy Dana Whitlock was at the meeting and she took notes. Porter chaired it. \"We are ready \
         to help,\" he said.",
    );
    assert_eq!(got.last().map(|c| c.0.as_str()), Some("Kim Porter"), "{got:?}");
}

#[test]
fn pronoun_reaches_past_captions_to_speaker_of_its_sex() {
    let body = "Analyst Maria Lopez spoke to reporters. \"The first plan failed,\" Lopez said. \
        Soldiers of a mortar unit walk past a damaged school in a town near the front line on Friday morning. \
        A man named Pavel Ivanov stands outside his house, which was damaged by shelling during the night. \
        A dog walks along a street lined with burned cars as volunteers search the ruins for survivors. \
        Firefighters work at the site of a missile strike on a warehouse on the outskirts of the city on Monday. \
        Residents queue for water at a distribution point set up by volunteers in the centre of the old town. \
        A woman carries her belongings out of a building that was hit by a rocket earlier in the week. \
        \"When that failed, they moved to the second plan,\" she continued.";
    let got = claims(body);
    assert_eq!(got.last().map(|c| c.0.as_str()), Some("Maria Lopez"), "{got:?}");
}

#[test]
fn relatives_of_a_named_person_speak_unnamed() {
    check(
        "Mr Harlow's family said he was a caring young man who loved his work.",
        "Mr Harlow's family",
        "indirect",
        "he was a caring",
    );
}

#[test]
fn person_of_an_organization_speaks() {
    let got = claims("John Kirby of the Pentagon said the offensive had stalled near the river.");
    assert_eq!(got.first().map(|c| c.0.as_str()), Some("John Kirby"), "{got:?}");
}

#[test]
fn negation_with_adverb_before_cue_is_no_claim() {
    assert_eq!(claims("The ministry did not initially confirm the death of the commander near the port."), vec![]);
}

#[test]
fn reporting_on_a_topic_is_no_claim() {
    assert_eq!(claims("Two broadcasters first reported on the meeting between the generals in the capital."), vec![]);
}

#[test]
fn capitalised_role_after_a_name_is_an_appositive() {
    check(
        "John Kirby, White House national security spokesperson, told reporters that the call was a good thing.",
        "John Kirby",
        "indirect",
        "the call was a",
    );
}

#[test]
fn participle_after_comma_and_adverb() {
    check(
        "Putin backed the official account, also claiming that fighters trained abroad had taken part.",
        "Vladimir Putin",
        "indirect",
        "fighters trained abroad had",
    );
}

#[test]
fn stance_verbs_take_a_clause_without_that() {
    check("The Kremlin maintains the invasion is going to plan.", "Kremlin", "indirect", "the invasion is going");
    check(
        "Zelensky feared he would be abducted by the invaders.",
        "Volodymyr Zelensky",
        "indirect",
        "he would be abducted",
    );
    check(
        "The agency estimates 750,000 people are at immediate risk of starvation.",
        "The agency",
        "indirect",
        "750,000 people are at",
    );
    // An object, not a clause.
    assert!(claims("The army maintains control of the city and its roads.").is_empty());
}

#[test]
fn owned_speech_act_nouns() {
    check(
        "Lawmakers ridiculed Donald Trump's suggestion that he might pardon the rioters.",
        "Donald Trump",
        "indirect",
        "he might pardon the",
    );
    check(
        "Critics pushed back against President Joe Biden's pledge to accept 100,000 refugees.",
        "Joe Biden",
        "indirect",
        "to accept 100,000 refugees",
    );
    check(
        "Donald Trump spoke for an hour. Few were persuaded by his insistence that the election was stolen.",
        "Donald Trump",
        "indirect",
        "the election was stolen",
    );
    check(
        "Moscow rejected a call by Prime Minister Boris Johnson for the detainees to be shown mercy.",
        "Boris Johnson",
        "indirect",
        "the detainees to be",
    );
    // A call carried out is no claim of its own; a claim without an owner is not either.
    assert!(claims("Troops made good on President Volodymyr Zelenskyy's call to take back the lands.").is_empty());
}

#[test]
fn report_nouns_speak_for_their_source() {
    check(
        "The official spoke on condition of anonymity, following reports that Russian troops were crossing the border.",
        "reports",
        "indirect",
        "Russian troops were crossing",
    );
    check(
        "The assault followed a report Saturday that Putin was furious about the delays.",
        "a report",
        "indirect",
        "Putin was furious about",
    );
    // A verb, or a noun without a clause, is not this pattern.
    assert!(claims("The agency will report on the damage next week.").is_empty());
    assert!(claims("There were reports of shelling near the plant overnight.").is_empty());
}

#[test]
fn cited_sources_share_the_claim() {
    let got = claims("There was a sound like thunder, the news agency TASS reported citing the Kerch city council.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, k, w)| k == "indirect" && w == "There was a sound"), "{got:?}");
    assert!(got.iter().any(|(s, _, _)| s.contains("Kerch")), "{got:?}");
    check(
        "As reported by FiveThirtyEight, if the ruling is sustained, a political earthquake would ensue.",
        "FiveThirtyEight",
        "indirect",
        "if the ruling is",
    );
    // A document behind a report is not a speaker.
    let got = claims("Two editors have been accused of extortion, the agency TASS reported, citing case files.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn participle_after_while_or_before() {
    check(
        "The White House approved more aid while insisting that no troops would be sent to the region.",
        "White House",
        "indirect",
        "no troops would be",
    );
}

#[test]
fn participle_after_with_and_a_longer_subject() {
    let got = claims(
        "The crisis deepened across the region, with the United States and its allies accusing the Kremlin of \
         using hunger as a weapon.",
    );
    // Joint speakers, one claim each (the second opens with its own determiner).
    let heads: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
    assert_eq!(heads, [("United States", "the Kremlin of using"), ("its allies", "the Kremlin of using")]);
}

#[test]
fn subordinate_clause_ends_at_its_comma() {
    let got = claims_text(
        "After Bill Nelson accused Beijing of acting recklessly, the Chinese government said it was being treated \
         unfairly.",
    );
    assert_eq!(got, ["Beijing of acting recklessly", "it was being treated unfairly"]);
}

#[test]
fn passive_telling_names_its_speaker_after_by() {
    check(
        "Putin was told by the Kremlin, days before the invasion, that Ukraine would capitulate easily.",
        "Kremlin",
        "indirect",
        "Ukraine would capitulate easily",
    );
    // Inside what someone else reported, the telling is a claim of its own.
    let got =
        claims("There have been reports that Putin was told by the Kremlin that Ukraine would capitulate easily.");
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["reports", "Kremlin"], "{got:?}");
}

#[test]
fn and_said_after_an_owned_noun_is_the_subject_s() {
    let got = claims(
        "Maria Zakharova dismissed a call by Prime Minister Boris Johnson for the detainees to be freed, and said \
         that Britain should show mercy.",
    );
    let last = got.last().unwrap();
    assert_eq!((last.0.as_str(), last.2.as_str()), ("Maria Zakharova", "Britain should show mercy"), "{got:?}");
}

#[test]
fn requested_is_a_request() {
    check(
        "Kassym-Jomart Tokayev requested the alliance send troops to quell the protests.",
        "Kassym-Jomart Tokayev",
        "indirect",
        "the alliance send troops",
    );
    // Nothing asked of anyone.
    assert!(claims("The official requested anonymity.").is_empty());
}

#[test]
fn posted_on_a_platform_with_a_bare_clause() {
    check(
        "Nikita Mazepin posted on Twitter he had agreed to the stipulations.",
        "Nikita Mazepin",
        "indirect",
        "he had agreed to",
    );
    assert!(claims("Nikita Mazepin posted on Twitter a video of the race.").is_empty());
}

#[test]
fn participle_after_plural_writings() {
    check(
        "The Kremlin issued statements saying that the talks had stalled over the weekend.",
        "Kremlin",
        "indirect",
        "the talks had stalled",
    );
}

#[test]
fn gapped_relative_inside_another_claim() {
    let got = claims_text(
        "Viktor Zolotov blamed the slow progress on what he said were far-right Ukrainian forces hiding behind \
         civilians.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], "were far-right Ukrainian forces hiding behind civilians");
}

#[test]
fn promised_takes_any_object() {
    check(
        "The White House promised additional actions in response to the decision.",
        "White House",
        "indirect",
        "additional actions in response",
    );
    // A noun, not a verb.
    assert!(claims("The arms pledges follow persistent calls for more weapons.").is_empty());
}

#[test]
fn reports_of_an_event() {
    check(
        "There have also been reports of Russian forces blocking aid and evacuation buses.",
        "reports",
        "indirect",
        "Russian forces blocking aid",
    );
}

/// Asserts the kind and the full text of the only claim of a body.
fn assert_one_text(body: &str, kind: &str, text: &str) {
    let (_, got_kind, _) = one(body);
    let mut texts = claims_text(body);
    assert_eq!((got_kind.as_str(), texts.remove(0).as_str()), (kind, text), "{body}");
}

#[test]
fn partial_quote_completing_reported_clause_is_indirect() {
    // Cue before: the clause after "that" with the quoted words and their marks.
    assert_one_text(
        "Halvorsen warned that the ferry operator is \"far too cautious\" about winter crossings.",
        "indirect",
        "the ferry operator is \"far too cautious\" about winter crossings",
    );
    assert_one_text(
        "The harbour master said his crews would \"try to clear it all\" before the storm.",
        "indirect",
        "his crews would \"try to clear it all\" before the storm",
    );
    // Cue after: two words and an auxiliary open the clause the quotation completes.
    assert_one_text(
        "The town has “entered a new stage of neglect, with no repairs at all,” Halvorsen said in a speech.",
        "indirect",
        "The town has “entered a new stage of neglect, with no repairs at all,”",
    );
}

#[test]
fn whole_sentence_quotation_stays_direct() {
    assert_one_text(
        "\"The ferry will run again in spring,\" Halvorsen said in a speech.",
        "direct",
        "The ferry will run again in spring",
    );
    // A quotation that starts the content is the speaker's words.
    assert_one_text(
        "Halvorsen said that \"we will reopen the harbour in spring.\"",
        "direct",
        "we will reopen the harbour in spring.",
    );
    assert_one_text("Halvorsen told reporters: \"The ferry is far too slow.\"", "direct", "The ferry is far too slow.");
}

#[test]
fn second_attribution_ends_reported_speech() {
    let got = claims_text(
        "Harbour officials say the water level is under control, the deputy head of the port authority, Ingrid \
         Dahl, posted on Telegram.",
    );
    // Each attribution is a claim: the officials' ends before Dahl's, whose span holds it (guidelines: nested).
    assert!(got.contains(&"the water level is under control".to_string()), "{got:?}");
    assert!(got.contains(&"Harbour officials say the water level is under control".to_string()), "{got:?}");
    // After a quotation closed by a comma, a news outlet's "reported" passes the first speaker's words on.
    let got = claims_text(
        "Security official Oleksiy Danilov said Tuesday that Russian troops are trying to break through \
         \"along almost the entire front line,\" Reuters reported.",
    );
    assert!(
        got.contains(&"Russian troops are trying to break through \"along almost the entire front line,\"".to_string()),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // A modal before the verb is no attribution.
    assert_eq!(
        claims_text("Halvorsen said he is fond of the islands and that, from there, he can sail."),
        vec!["he is fond of the islands and that, from there, he can sail".to_string()]
    );
}

#[test]
fn bare_verb_form_after_an_article_and_a_name_is_a_noun() {
    // "report" here is the noun of "a UN report", not the UN reporting: the one claim is the report's.
    check(
        "At least 136 people have been killed, including 13 children, a UN report showed on Tuesday.",
        "a UN report",
        "indirect",
        "At least 136 people",
    );
    // A plural subject still takes the bare verb.
    check("UN monitors report that 136 people have been killed.", "UN monitors", "indirect", "136 people have been");
}

#[test]
fn organization_followed_by_its_own_kind_is_the_organization() {
    // TASS is a "Russian state news agency" in the gazetteer; the UN is no agency, so "the UN agency" is one of its
    // agencies and stays a description.
    check(
        "Separately, the TASS state news agency said Russian soldiers were trying to capture a power station.",
        "TASS",
        "indirect",
        "Russian soldiers were trying",
    );
    check("The UN agency said 5 million people had fled.", "The UN agency", "indirect", "5 million people had");
}

#[test]
fn paragraph_quotes_with_their_breaks_lost_end_before_the_next_introduction() {
    // British papers open every paragraph of a long quotation and close only the last; this corpus lost the
    // breaks. The open quotation ends at its last full stop, not at "He added:", whose quotation is its own claim
    // and runs on over the next opened paragraph.
    let body = "Mr Lund told the council: \"The ferry is late again. \"The crews are tired. He added: \"It could \
                mean closures this winter. \"So we will ask for help.\"";
    assert_eq!(
        claims(body),
        vec![
            ("Lund".to_string(), "direct".to_string(), "The ferry is late".to_string()),
            ("Lund".to_string(), "direct".to_string(), "It could mean closures".to_string()),
        ]
    );
    assert_eq!(claims_text(body)[1], "It could mean closures this winter. … So we will ask for help.");
}

#[test]
fn quoted_as_saying_is_the_subjects_claim() {
    check(
        "\"The harbour will stay closed all winter,\" Halvorsen was quoted as saying.",
        "Halvorsen",
        "direct",
        "The harbour will stay",
    );
    check(
        "Mayor Ingrid Halvorsen was quoted by the local paper on Monday as saying that the harbour would reopen.",
        "Ingrid Halvorsen",
        "indirect",
        "the harbour would reopen",
    );
    let cues: Vec<String> = {
        let article = sitrep::article::Article {
            id: "t".into(),
            path: "t.txt".into(),
            title: "T".into(),
            body: "Halvorsen was also cited by the paper as saying the ferry is safe.".into(),
            ..Default::default()
        };
        extractor().extract(&article).claims.iter().map(|c| c.cue.clone()).collect()
    };
    assert_eq!(cues, vec!["cited as saying".to_string()]);
    // Not a quotation of anyone: "as saying goes".
    assert!(claims("The ferry was quoted in the guide as the safest, as saying goes.").is_empty());
}

#[test]
fn long_speaker_phrases_between_quotation_and_cue() {
    // A name and a description set off by commas, in either order, however long.
    check(
        "\"The ferry will run again,\" Ingrid Halvorsen, Norway's first deputy representative to the maritime council, said on Tuesday.",
        "Ingrid Halvorsen",
        "direct",
        "The ferry will run",
    );
    check(
        "\"The ferry will run again,\" the head of the island's harbour authority, Captain Ingrid Halvorsen, said on Tuesday.",
        "Ingrid Halvorsen",
        "direct",
        "The ferry will run",
    );
    // The author's clause between a partial quote and the attribution is no speaker.
    check(
        "The plan is \"clearly sound,\" leaving the ferry running in all but the worst of the winter storms, Halvorsen said.",
        "Halvorsen",
        "indirect",
        "The plan is \"clearly",
    );
}

#[test]
fn coordinated_verb_of_saying_takes_the_opening_subject() {
    check(
        "His wife described the journey and said that both of them are set to return.",
        "His wife",
        "indirect",
        "both of them are",
    );
    check(
        "Mayor Ingrid Halvorsen visited the harbour. Instead, she changed the subject and told us that the ferry is safe.",
        "Ingrid Halvorsen",
        "indirect",
        "the ferry is safe",
    );
    // A hypothetical, "said nothing", an adjective: no claims.
    assert!(claims(
        "Mayor Ingrid Halvorsen visited the harbour. She could call the minister and say the ferry is safe."
    )
    .iter()
    .all(|c| c.1 != "indirect"));
    assert!(
        claims("The harbour authorities did not confirm the closure and have said nothing about the ferry.").is_empty()
    );
    assert!(claims("The gang is linked to robberies and alleged thefts across the islands.").is_empty());
}

#[test]
fn age_or_party_tag_before_an_appositive_goes_with_it() {
    check(
        "Ingrid Halvorsen, 61, who lived close to the harbour, said: \"They never closed the ferry.\"",
        "Ingrid Halvorsen",
        "direct",
        "They never closed the",
    );
    check(
        "Sen. Ingrid Halvorsen, D-N.J., who chairs the committee, said the ferry must run.",
        "Ingrid Halvorsen",
        "indirect",
        "the ferry must run",
    );
}

#[test]
fn curly_paragraph_quotes_with_their_breaks_lost() {
    // The same layout with curly marks: the second opening mark ends the first quotation.
    let body = "Mr Lund said: “The ferry is late again. “The crews are tired. He added: “It could mean closures.”";
    assert_eq!(
        claims_text(body),
        vec!["The ferry is late again. … The crews are tired.".to_string(), "It could mean closures.".to_string()]
    );
}

#[test]
fn partial_quote_opening_reported_speech_before_a_trailing_attribution() {
    // The quotation completes a clause of the author's words; the attribution closes the sentence.
    check(
        "\"In the event of a storm,\" the ferry could be told to stay in port for days, the harbour master said.",
        "the harbour master",
        "indirect",
        "\"In the event of",
    );
    // "told" takes its addressee after it, never the speaker; a premodified name before an appositive is the speaker.
    check(
        "\"The crossing is safe,\" harbour expert Ingrid Halvorsen, an engineer at the Port Authority of Bergen, told the local paper.",
        "Ingrid Halvorsen",
        "direct",
        "The crossing is safe",
    );
    check(
        "\"The crossing is safe\" in any weather, Halvorsen, an engineer at the port, told Reuters.",
        "Halvorsen",
        "indirect",
        "\"The crossing is safe\"",
    );
}

#[test]
fn age_and_this_person_refer_to_the_last_speaker() {
    assert_eq!(
        claims("Ingrid told the paper that she left the island. \"We left under shelling,\" the 34-year-old said."),
        vec![
            ("Ingrid".to_string(), "indirect".to_string(), "she left the island".to_string()),
            ("Ingrid".to_string(), "direct".to_string(), "We left under shelling".to_string()),
        ]
    );
    assert_eq!(
        claims("\"They have lost a bunch of boats,\" this person said.")[0].0,
        "this person",
        "no one spoke before: the description itself"
    );
}

#[test]
fn colon_quotation_after_a_verb_outside_the_vocabulary() {
    check(
        "Harbour master Ingrid Halvorsen fumed: \"The ferry was never safe.\"",
        "Ingrid Halvorsen",
        "direct",
        "The ferry was never",
    );
    check("Halvorsen fired back: \"The ferry is safe.\"", "Halvorsen", "direct", "The ferry is safe.");
    // A passive, an adjective, a noun: no one speaks.
    assert!(claims("She was asked: \"Is the ferry safe?\"").is_empty());
    assert!(claims("But he was concerned: \"The ferry may sink.\"").is_empty());
    assert!(claims("One poem includes the lines: \"The ferry sails at dawn.\"").is_empty());
}

#[test]
fn place_time_or_medium_after_a_verb_of_saying_is_not_what_was_said() {
    // A relative clause's verb or the main verb followed only by a phrase of medium or place: no claim.
    assert!(claims("Halvorsen, who has lived in Oslo since 2015, wrote in a guest essay for The Local.").is_empty());
    assert!(claims("Halvorsen, who writes for Nordic Review, told The Insider.").is_empty());
    assert!(claims("Harbour reporter Ingrid Halvorsen reports from Bergen.").is_empty());
    // A clause after the phrase, or a quantity, is what was said.
    check("Halvorsen said on Wednesday the ferry would sail.", "Halvorsen", "indirect", "the ferry would sail");
    check("Officials said at least 36 people were missing.", "Officials", "indirect", "at least 36 people");
}

#[test]
fn opening_quotation_before_a_long_subject_and_a_setting() {
    check(
        "\"The ferry was never safe,\" Harbour Authority Deputy Director General Ingrid Halvorsen said in an \
         interview with NRK.",
        "Ingrid Halvorsen",
        "direct",
        "The ferry was never",
    );
    // A relative clause in the subject: the names in it are not the speaker.
    assert!(claims(
        "\"The ferry was never safe,\" a captain who has sailed the route for years said in an interview with NRK."
    )
    .is_empty());
}

#[test]
fn adverbial_phrase_opening_the_sentence_is_not_a_trailing_claim() {
    check(
        "While upholding the fine, the court said last week the ferry company must pay damages.",
        "the court",
        "indirect",
        "the ferry company must",
    );
    check(
        "Asked whether the ferry would sail, the captain insisted this was not a risk worth taking.",
        "the captain",
        "indirect",
        "this was not a",
    );
    // A parenthetical attribution still takes the words around it.
    check(
        "In normal times, Halvorsen noted, the ferry sails twice a day.",
        "Halvorsen",
        "indirect",
        "In normal times …",
    );
}

#[test]
fn relative_that_after_the_cue_is_not_the_reported_clause() {
    // "declare" inside a demand, its "that" a relative pronoun: no claim of Norway's.
    assert_eq!(
        claims("The council demanded that Norway declare itself a neutral country that will never join any bloc."),
        vec![("The council".to_string(), "indirect".to_string(), "Norway declare itself a".to_string())]
    );
    check(
        "Halvorsen said the ferry was a vessel that could not be trusted.",
        "Halvorsen",
        "indirect",
        "the ferry was a",
    );
    // After a time, "that" is the clause's subject.
    check(
        "The company announced on Friday that would not be possible.",
        "The company",
        "indirect",
        "would not be possible",
    );
}

#[test]
fn partial_quotation_after_a_clause_of_the_author() {
    // A clause with a finite verb before the quotation: the claim is the whole clause, marks included.
    assert_eq!(
        claims_text("Deputy foreign minister Sergey Ryabkov said the Kremlin had at least \"taken seriously\" the ideas presented."),
        ["the Kremlin had at least \"taken seriously\" the ideas presented"]
    );
    check(
        "The official said the delivery offered the children \"glimpses of joy in a bleak future\".",
        "The official",
        "indirect",
        "the delivery offered the",
    );
    check(
        "PBS's Yamiche Alcindor said he \"didn't lash out at reporters.\"",
        "Yamiche Alcindor",
        "indirect",
        "he \"didn't lash out",
    );
    // An addressee is no clause; a verb of saying before the quotation owns it.
    check(
        "Maria Ivanova told the BBC \"prices had never been higher\".",
        "Maria Ivanova",
        "direct",
        "prices had never been",
    );
}

#[test]
fn time_and_occasion_before_the_reported_clause() {
    assert_eq!(
        claims_text("Moscow said on Friday it had captured the Hostomel airfield northwest of the capital."),
        ["it had captured the Hostomel airfield northwest of the capital"]
    );
    check(
        "Kuleba said late on Sunday Russian forces had shelled the city.",
        "Kuleba",
        "indirect",
        "Russian forces had shelled",
    );
    check(
        "Zelenskyy said in a video address the city would be rebuilt.",
        "Volodymyr Zelensky",
        "indirect",
        "the city would be",
    );
    check(
        "The ministry said in a statement on its website on March 18 that Shoigu was present during a meeting.",
        "The ministry",
        "indirect",
        "Shoigu was present during",
    );
    // After "that" or "which", a verb right after the time continues the relative clause.
    assert_eq!(
        claims_text("Leaders approved the candidacy, a decision that Russia said on Friday amounted to \"enslaving\" its neighbors."),
        ["amounted to \"enslaving\" its neighbors"]
    );
    // A time that is the subject stays.
    check(
        "Zelensky said today has made his country feel reborn.",
        "Volodymyr Zelensky",
        "indirect",
        "today has made his",
    );
}

#[test]
fn time_then_a_subject_without_a_verb_of_its_own_soon() {
    // No object runs on from a time: a determiner or a name after it opens the clause's subject, even when no
    // auxiliary follows within a few words.
    assert_eq!(
        claims_text("President Joe Biden said Tuesday the atrocities being uncovered in Ukraine qualify as genocide."),
        ["the atrocities being uncovered in Ukraine qualify as genocide"]
    );
    check(
        "Secretary of State Antony Blinken said last month the U.S. made a substantial offer to Russia.",
        "Antony Blinken",
        "indirect",
        "the U.S. made a",
    );
    check(
        "Zelensky said on Thursday night Putin's forces mined the Kakhovka hydroelectric power plant.",
        "Volodymyr Zelensky",
        "indirect",
        "Putin's forces mined the",
    );
}

#[test]
fn the_question_put_to_the_speaker_ends_reported_speech() {
    assert_eq!(
        claims_text(
            "Andrei Soldatov told Channel 4 News that \"everything now seems to be possible\" when asked if the Kremlin \
             leader could be deposed by his own men."
        ),
        ["\"everything now seems to be possible\""]
    );
    assert_eq!(
        claims_text("Griner said that she was guilty when she was asked if she would like to give testimony."),
        ["she was guilty"]
    );
    // A request is part of what was told.
    let got = claims_text("The commander told the crew to hold the line when asked to surrender.");
    assert!(got.iter().all(|c| !c.ends_with("line")), "{got:?}");
}

#[test]
fn quotation_split_by_an_attribution_with_a_manner_participle_is_one_claim() {
    let got = claims_text(
        "“Russia, if you’re listening,” said Trump, looking directly into a television camera, “I hope you’re able \
         to find the 30,000 emails that are missing.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("Russia, if") && got[0].ends_with("missing."), "{got:?}");
    // A participle of saying or one with "that" introduces other words: the first quotation stays alone.
    let got = claims_text("\"I will be a no on the package,\" he said, lamenting that, \"multiple crises\" remain.");
    assert!(!got.iter().any(|c| c.contains("lamenting")), "{got:?}");
}

#[test]
fn document_with_a_relative_clause_after_the_cue() {
    // "said on Monday in a report that found ...": the report's relative clause is no claim; the claim is the
    // clause before the attribution, and "report" is part of the occasion.
    let got = claims(
        "U.N. officials will investigate the killing of children in Ukraine, U.N. chief Antonio Guterres said on \
         Monday in a report that found 2,515 children were killed and 5,555 maimed in global conflicts in 2021.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "U.N. officials will investigate");
    assert_eq!(
        claims_text("Russia will lose the war, the ministry said on Monday in a statement posted on Telegram."),
        ["Russia will lose the war"]
    );
}

#[test]
fn quotation_closing_with_a_nested_one() {
    // '"... say, 'never,'" Schumer said': the comma before the nested closing mark ends the quotation's words.
    for body in [
        "\"We will fight, and we will say, 'never,'\" Schumer said.",
        "“We will fight, and we will say, ‘never,’” Schumer said.",
    ] {
        check(body, "Chuck Schumer", "direct", "We will fight, and");
    }
    check("\"Will we say 'never?'\" Schumer asked.", "Chuck Schumer", "direct", "Will we say 'never?'");
    // A nested quotation that ends the words without punctuation still ends no attributed quotation.
    assert!(claims("\"We will say 'never'\" Schumer said.").is_empty());
}

#[test]
fn declared_with_a_bare_clause() {
    // "declared" without "that": a subject pronoun and a finite auxiliary open the reported clause.
    check(
        "Tokayev also declared he would radically improve Kazakhstan's security forces.",
        "Kassym-Jomart Tokayev",
        "indirect",
        "he would radically improve",
    );
    // "declared" with an object is no claim.
    assert!(claims("Police declared a major incident and are patrolling the streets.").is_empty());
    assert!(claims("Oz declared victory before all votes were counted.").is_empty());
}

#[test]
fn appositive_between_dashes() {
    // "X — the ... — said": the appositive between dashes is no part of the speaker, as between commas.
    check(
        "Dmitry Peskov — the Kremlin spokesman — said the talks had stalled.",
        "Dmitry Peskov",
        "indirect",
        "the talks had stalled",
    );
    check(
        "Peskov - the Kremlin spokesman - said the talks had stalled.",
        "Dmitry Peskov",
        "indirect",
        "the talks had stalled",
    );
    // After a name set off by a comma, the dash closes the comma's appositive too.
    check(
        "Lindy Cameron, chief executive of the National Cyber Security Centre - an arm of GCHQ - said the agency is proud.",
        "Lindy Cameron",
        "indirect",
        "the agency is proud",
    );
    // Without a name before the comma, the subject stays ("some countries", not "Well").
    check(
        "Well, some countries - like Poland - have said they were willing to give Ukraine aging jets.",
        "some countries",
        "indirect",
        "they were willing to",
    );
    // A hyphen inside a word is no dash.
    check(
        "The Russian-backed separatist leader said the town had fallen.",
        "The Russian-backed separatist leader",
        "indirect",
        "the town had fallen",
    );
}

#[test]
fn all_told_is_no_cue() {
    // "All told, ..." means "in all".
    assert!(claims("All told, more than 50 people died in the attack.").is_empty());
    check(
        "All told, more than 50 people died in the attack, officials said.",
        "officials",
        "indirect",
        "All told, more than",
    );
}

#[test]
fn second_speaker_with_a_lowercase_title_after_but_or_while_ends_the_claim() {
    let body = "Moscow said Putin's government was still weighing its response, but deputy foreign minister \
                Sergey Ryabkov said the Kremlin had taken the ideas seriously.";
    assert_eq!(
        claims_text(body),
        ["Putin's government was still weighing its response", "the Kremlin had taken the ideas seriously"]
    );
    let body = "Germany said it will supply Ukraine with air defences, while the U.S. announced it will provide \
                four rocket systems.";
    assert_eq!(claims_text(body), ["it will supply Ukraine with air defences", "it will provide four rocket systems"]);
    // No comma before the conjunction: a coordinated subject may follow ("Both Ukraine and the U.N. agreed").
    let body = "Officials said the city and the U.N. agreed to open a corridor.";
    assert_eq!(claims_text(body).len(), 1);
}

#[test]
fn author_gloss_after_a_single_dash_ends_reported_speech() {
    let body = "Moscow said on Friday it had captured the Hostomel airfield northwest of the capital - a potential \
                staging post for an assault on Kyiv.";
    assert_eq!(claims_text(body), ["it had captured the Hostomel airfield northwest of the capital"]);
    let body =
        "The Russians alleged unsafe handling of munitions caused another blast — an explanation ridiculed by Ukraine.";
    assert_eq!(claims_text(body), ["unsafe handling of munitions caused another blast"]);
    // A clause after the dash, a comparison of a figure or a quotation stays the speaker's.
    for body in [
        "The governor said a fireball was seen near the base – the surrounding forest areas were not in danger.",
        "The official said posts rose to an average of 3,500 per day – a 200% increase from November.",
        "Kyiv said the decision to send troops was illegal — an \"act of war.\"",
    ] {
        let got = claims_text(body);
        assert!(got.len() == 1 && got[0].contains(['–', '—']), "{body:?}: {got:?}");
    }
}

#[test]
fn and_has_with_a_verb_of_saying_starts_the_same_speakers_next_claim() {
    let body = "Kiev insists the Russian offensive was completely unprovoked and has denied claims it was planning \
                to retake the two republics by force.";
    assert_eq!(
        claims_text(body),
        [
            "the Russian offensive was completely unprovoked",
            "claims it was planning to retake the two republics by force"
        ]
    );
    // The reported clause's own subject goes on: no verb of saying after the auxiliary.
    let body =
        "Zelensky said Russian forces had been unable to advance but had continued their heavy shelling of cities.";
    assert_eq!(claims_text(body).len(), 1);
}

#[test]
fn proposed_with_an_object_is_a_claim() {
    check(
        "The European Commission has proposed a jointly managed reconstruction body to be organised by Ukraine.",
        "European Commission",
        "indirect",
        "a jointly managed reconstruction",
    );
    check(
        "The talks stalled after Ursula von der Leyen proposed a complete ban on Russian oil.",
        "Ursula von der Leyen",
        "indirect",
        "a complete ban on",
    );
    assert!(claims("The proposed law would ban the promotion of such relationships.").is_empty());
}

#[test]
fn estimate_after_a_plural_subject_is_a_claim() {
    check(
        "The officials estimate roughly 21,000 have been killed by Russian troops in Mariupol.",
        "The officials",
        "indirect",
        "roughly 21,000 have been",
    );
    check(
        "Ukrainian officials estimate that nearly half the population of Kherson has left the region.",
        "Ukrainian officials",
        "indirect",
        "nearly half the population",
    );
    // The noun: an article, a possessive or a singular word before it.
    for body in [
        "The official did not give an estimate for the number of wounded Russians.",
        "A United Nations estimate that the war has killed 2,500 civilians was cited by Blinken.",
        "Renault's own estimate is that the exit will cost $2.3bn.",
        "My estimate is that 80% of the military budget is stolen.",
    ] {
        assert!(claims(body).is_empty(), "{body:?}: {:?}", claims(body));
    }
}

#[test]
fn fronted_clause_ends_at_its_comma_after_a_short_object_or_a_quotation() {
    let body = "While Kirby called the vote \"welcome,\" he said the decision was unnecessary.";
    assert_eq!(claims_text(body), ["the vote \"welcome,\"", "the decision was unnecessary"]);
    let body = "Although Lawrence acknowledged several issues, including the invasion of Ukraine, she insisted that \
                the nation was better off.";
    assert_eq!(claims_text(body), ["several issues, including the invasion of Ukraine", "the nation was better off"]);
    // A list is no end of the clause; three words and a comma are.
    let body = "Though Price said that the U.S., Ukraine, and European allies still believe dialogue is the way \
                forward, he clarified that talks were unlikely.";
    assert_eq!(
        claims_text(body),
        ["the U.S., Ukraine, and European allies still believe dialogue is the way forward", "talks were unlikely"]
    );
    let body = "Though Richardson said he was cautiously optimistic, and even though there is precedent for swaps, \
                the talks are hard.";
    assert_eq!(claims_text(body), ["he was cautiously optimistic"]);
}

#[test]
fn any_verb_after_a_cut_quotation_attributes_it() {
    check("\"I can't argue with your conclusion,\" Wolters finished.", "Wolters", "direct", "I can't argue with");
    check("\"The war is going badly,\" the official conceded.", "the official", "direct", "The war is going");
    check(
        "\"Number one, solidarity remained,\" Wolters began, before being cut off.",
        "Wolters",
        "direct",
        "Number one, solidarity remained",
    );
    // A question closes its sentence; the bare attribution after it is joined back.
    check(
        "\"Would it be fair to say that deterrence failed?\" Gallagher pressed.",
        "Gallagher",
        "direct",
        "Would it be fair",
    );
    // Each exchange of a dialogue is its own speaker's, not a continuation of the first.
    let got = claims(
        "\"Did it deter Putin?\" Gallagher asked. \"That's correct,\" Wolters responded. \"Deter and dissuade.\"",
    );
    let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(speakers, ["Gallagher", "Wolters"], "{got:?}");
    // Not a quotation cut for its attribution, or no speaker before the verb.
    assert!(claims("He read \"War and Peace\" twice. Critics raved.").is_empty());
    assert!(claims("\"Hello,\" the crowd in the square of the town chanted loudly.").is_empty());
}

#[test]
fn a_quotation_standing_alone_is_the_speaker_of_the_sentence_before() {
    // After that sentence's claim, and after a sentence opening with a person.
    let got = claims(
        "Anton Alikhanov said the blockade hurts the region. \"Yes, the ban does not include food, but we cannot \
         build schools.\"",
    );
    let heads: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
    assert_eq!(heads, [("Anton Alikhanov", "the blockade hurts the"), ("Anton Alikhanov", "Yes, the ban does")]);
    let got = claims(
        "Hannah Beaton-Hawryluk travelled to Hampden with her son. \"It is a little bit of light relief for people \
         who arrived here.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Hannah Beaton-Hawryluk", "direct"));
    // Not after a sentence about something else, nor a short quotation.
    assert!(claims("The bridge was hit at dawn. \"It is a little bit of light relief for people.\"").is_empty());
    assert!(claims("Olena Zelenska visited the school. \"Hope.\"").is_empty());
}

#[test]
fn state_as_a_noun_is_no_cue() {
    // A word right after it, or a modifier right before it, makes "state" the noun.
    for body in [
        "The summit brought together Azerbaijan, Iran, Kazakhstan, Russia and the host state.",
        "She entered Russia using plates from the so-called Donetsk People's Republic, a Ukrainian rebel state.",
        "The Collective Security Treaty Organization is an alliance of former Soviet states that includes Russia.",
        "All member states must agree that a new country can join Nato.",
    ] {
        assert!(claims(body).is_empty(), "{body:?}: {:?}", claims(body));
    }
    // Only "confirmed" is a cue here; "state" gave a second claim of "And in a fresh blow".
    let body = "And in a fresh blow, state TV in Moscow today confirmed the death of one of Russia's top commanders.";
    assert_eq!(claims_text(body), ["the death of one of Russia's top commanders"]);
    // Peskov told the agency; the noun "state" gives no second claim.
    let body = "Peskov told state news agency TASS that Russia has never hatched plans to attack Ukraine.";
    assert_eq!(claims(body).len(), 1, "{body:?}: {:?}", claims(body));
    // The verb: a writing, a pronoun, a name, a plural or "to" before it; "that", a colon or the sentence's end after.
    check(
        "\"We assess that Russia views cyber disruptions as a tool,\" the report states.",
        "the report",
        "direct",
        "We assess that Russia",
    );
    check(
        "The document states that commanders of all ranks have faced opposition.",
        "The document",
        "indirect",
        "commanders of all ranks",
    );
    check(
        "Moscow states that the strikes were in retaliation for the bridge attack.",
        "Moscow",
        "indirect",
        "the strikes were in",
    );
    check(
        "American officials flatly state that Mr. Whelan was not an intelligence informant.",
        "American officials",
        "indirect",
        "Mr. Whelan was not",
    );
}

#[test]
fn according_to_aside_after_a_clause_opener_attributes_what_follows() {
    // A relative clause ends at its comma.
    let body = "The Ukrainian flag is seen in front of a school which, according to local residents, was on fire \
                after shelling, as the invasion continues.";
    assert_eq!(claims_text(body), ["was on fire after shelling"]);
    let body = "But Russia still possesses a large nuclear arsenal that, according to the head of the Defense \
                Intelligence Agency, they will likely rely on more to secure their borders.";
    assert_eq!(claims_text(body), ["they will likely rely on more to secure their borders"]);
    // After "and", "but", "because" the main clause runs on.
    let body = "Ukraine's president is Jewish and, according to the Center for International Security, Russia has \
                had its own extremist militias fighting in Ukraine.";
    assert_eq!(claims_text(body), ["Russia has had its own extremist militias fighting in Ukraine"]);
    // In brackets: up to the closing bracket.
    let body =
        "Russia offered Mali helicopters and \"soldiers and trainers\" (according to reports, these are from the \
                Wagner private security company).";
    assert_eq!(claims_text(body), ["these are from the Wagner private security company"]);
    // A split "according to" after a full clause keeps the clause before it.
    let body = "Russian forces have lost some 100,000 soldiers, according to U.S. officials, in the fighting.";
    assert_eq!(claims_text(body), ["Russian forces have lost some 100,000 soldiers"]);
}

#[test]
fn a_thing_written_is_no_claim() {
    for body in [
        "Fiona Hill wrote a biography of Putin.",
        "Meine, who wrote the music and lyrics for the band's ballad, lives in Hanover.",
        "Democrats wrote a veto to sanction the Nord Stream Pipeline.",
    ] {
        assert!(claims(body).is_empty(), "{body:?}: {:?}", claims(body));
    }
    // A clause, a quotation or a participle after the object keeps it.
    check(
        "Gerashchenko wrote the vessels included a frigate and a landing ship.",
        "Anton Gerashchenko",
        "indirect",
        "the vessels included a",
    );
    check("Smith wrote the war is lost for Russia.", "Smith", "indirect", "the war is lost");
    let body = "Kim wrote a letter to Putin on Monday, telling him that relations would grow stronger.";
    assert!(claims(body).iter().any(|c| c.0 == "Kim"), "{body:?}: {:?}", claims(body));
}

#[test]
fn author_verdict_on_the_statement_ends_reported_speech() {
    let body = "President Joe Biden said the atrocities being uncovered in Ukraine qualify as genocide, a \
                designation he'd previously avoided.";
    assert_eq!(claims_text(body), ["the atrocities being uncovered in Ukraine qualify as genocide"]);
    let body = "Helsinki announced its bid to join the alliance on Sunday, a move which Moscow has long opposed.";
    assert_eq!(claims_text(body), ["its bid to join the alliance on Sunday"]);
    let body = "Germany said it was halting certification of the pipeline — a step US leaders had been pressing for.";
    assert_eq!(claims_text(body), ["it was halting certification of the pipeline"]);
    // A cue in the gloss whose gapped clause follows it has content of its own: the gloss still ends the claim.
    let body = "President Joe Biden said the atrocities being uncovered in Ukraine qualify as genocide, a \
                designation he'd previously avoided but that he now believes is warranted.";
    assert_eq!(claims_text(body), ["the atrocities being uncovered in Ukraine qualify as genocide"]);
    let body = "Biden said the U.S. will station the V Corps command in Poland, a move that he said would strengthen \
                interoperability.";
    assert_eq!(
        claims_text(body),
        ["the U.S. will station the V Corps command in Poland", "would strengthen interoperability"]
    );
    // A predicate or an object ("is, of course, a step towards peace", "cleared of, a single charge"), a noun
    // that does not characterise the statement, or a gloss with a cue of its own stays in the claim.
    for body in [
        "The UN chief said the deal is, of course, a step towards peace in the region.",
        "The men denied, and were each cleared of, a single charge of obstructing a lawful activity.",
        "The army said it had taken control of Pisky, a village on the outskirts of the city.",
        "Russia blamed the killing on Ukrainian agents, a charge Kyiv denies.",
    ] {
        let got = claims_text(body);
        assert!(got.iter().any(|c| c.contains(", a")), "{body:?}: {got:?}");
    }
}

#[test]
fn while_and_a_participle_of_saying_starts_the_same_speakers_next_claim() {
    let body = "Jeffries on Wednesday suggested that Santos might not be seated while acknowledging that any such \
                effort would need the buy-in of Republicans.";
    assert_eq!(
        claims_text(body),
        ["Santos might not be seated", "any such effort would need the buy-in of Republicans"]
    );
    let body = "Hostin asked if Griffin was \"okay with prisoner swaps\" while admitting she was always conflicted.";
    assert_eq!(claims_text(body)[0], "if Griffin was \"okay with prisoner swaps\"");
    // No content after the participle, or a parenthetical before the real content: one claim, as before.
    for body in [
        "Fox News announced that Hall had been hospitalized while reporting outside Kyiv.",
        "McCarthy said in September, while touting the agenda, that the first bill would block new funding.",
    ] {
        let got = claims_text(body);
        assert!(got.len() == 1 && got[0].contains("while"), "{body:?}: {got:?}");
    }
}

#[test]
fn relative_clause_after_a_dash_ends_at_the_closing_dash() {
    let body = "The ongoing campaign – which Ukrainian President Volodymyr Zelenskyy is calling the \"Battle of the \
                Donbas\" – comes after Russian forces shifted away from trying to capture the capital, Kyiv.";
    assert_eq!(claims_text(body), ["the \"Battle of the Donbas\""]);
    // A figure's comma does not close a relative clause.
    let body = "The ship, which the United Nations says is carrying 26,527 tons of corn, left Odesa on Monday.";
    assert_eq!(claims_text(body), ["is carrying 26,527 tons of corn"]);
}

#[test]
fn two_cues_of_one_speaker_over_the_same_words_are_one_claim() {
    let got = claims(
        "Asked whether he would guarantee that Russia will not invade Ukraine, Putin responded angrily and said the \
         West \"must give us guarantees and give them immediately, now.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn revealed_reports_a_clause() {
    check(
        "A bill proposes fines and lengthy prison terms, Deputy Minister Anatoly Stelmakh revealed on Monday.",
        "Anatoly Stelmakh",
        "indirect",
        "A bill proposes fines",
    );
    check(
        "The lead singer of the Scorpions has revealed he changed the lyrics of Wind of Change.",
        "The lead singer of the Scorpions",
        "indirect",
        "he changed the lyrics",
    );
    check(
        "Merkel revealed that she had attempted to talk to Putin.",
        "Angela Merkel",
        "indirect",
        "she had attempted to",
    );
    assert!(claims("The exact circumstances of how he died have not yet been revealed.").is_empty());
}

#[test]
fn pointing_out_ends_the_claim_before_it_and_reports_its_own() {
    assert_eq!(
        claims_text(
            "Lavrov blamed the West for exaggerating the issues, pointing out that the blocked supplies accounted for \
             less than 1% of the global production."
        ),
        vec![
            "the West for exaggerating the issues",
            "the blocked supplies accounted for less than 1% of the global production"
        ]
    );
    assert_eq!(
        claims_text("Meine denied that his band had overlooked Ukraine's plight, pointing out Scorpions had played concerts in Donetsk."),
        vec!["his band had overlooked Ukraine's plight"]
    );
    assert_eq!(
        claims_text("\"I love this idea,\" Ponomarev said, pointing to the flag that forms the studio backdrop."),
        vec!["I love this idea"]
    );
}

#[test]
fn media_of_a_country_after_the_content_is_the_speaker() {
    check(
        "A journalist has been charged with funding an extremist organization, Russian media reported Monday.",
        "Russian media",
        "indirect",
        "A journalist has been",
    );
    check(
        "Trucks were being asked to take ferries across the strait, state media reported.",
        "state media",
        "indirect",
        "Trucks were being asked",
    );
}

#[test]
fn long_title_before_the_name_of_a_trailing_attribution() {
    check(
        "A bill proposes fines, Deputy Minister for the Re-integration of Temporarily Occupied Territories Anatoly \
         Stelmakh said on Monday.",
        "Anatoly Stelmakh",
        "indirect",
        "A bill proposes fines",
    );
}

#[test]
fn that_clause_after_the_cue_wins_over_a_fronted_quotation() {
    check(
        "Stressing that Hungary \"must be on the side of peace,\" Orban emphasized that the events of the past few \
         months made it clear to Budapest that the war cannot be won.",
        "Viktor Orban",
        "indirect",
        "the events of the",
    );
    check(
        "\"We destroyed Russian boats,\" Gaidai claims that the Russian military tried to disguise their operations.",
        "Gaidai",
        "indirect",
        "the Russian military tried",
    );
}

#[test]
fn fear_after_a_plural_subject() {
    check("Observers fear the death toll will be enormous.", "Observers", "indirect", "the death toll will");
    check(
        "UK officials fear that their presence could spark political problems.",
        "UK officials",
        "indirect",
        "their presence could spark",
    );
    assert!(claims("This fear stems partly from a pledge that NATO would not expand.").is_empty());
    assert!(claims("Ukrainian officials fear more intense missile and artillery bombardments.").is_empty());
}

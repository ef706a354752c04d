//! Who said it: speakers resolved from roles, pronouns and descriptions, in articles with a publication date.

mod common;

/// (speaker, first four words of the claim) for every claim of a body published on `date` (YYYY-MM-DD).
fn claims_on(date: &str, body: &str) -> Vec<(String, String)> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let published = time::Date::parse(date, format).unwrap();
    common::claim_heads(body, Some(published)).into_iter().map(|(speaker, _, words)| (speaker, words)).collect()
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

/// Speaker of every claim of a body published in 2022.
fn speakers(body: &str) -> Vec<String> {
    claims_on("2022-09-01", body).into_iter().map(|c| c.0).collect()
}

#[test]
fn source_described_first_and_named_next() {
    // The lede's description, then the name in the next sentence or the one after.
    let body = "Inspectors cannot be trusted, a senior aide to Ukrainian President Volodymyr Zelensky has said. \
                \"They look extremely ineffective,\" Mykhailo Podolyak said in an interview.";
    assert_eq!(speakers(body), ["Mykhailo Podolyak", "Mykhailo Podolyak"]);
    let body = "Putin could be toppled by his own officers, a journalist claimed. Ivan Petrenko, a leading Russian \
                investigative journalist, told Channel 4 News that everything seems possible.";
    assert_eq!(speakers(body), ["Ivan Petrenko", "Ivan Petrenko"]);
    let body = "Air defenses were activated in Kerch, an adviser to the governor said on Thursday. Videos showed a \
                flash. Ivan Petrenko posted a message, saying that there was no danger.";
    assert_eq!(speakers(body)[0], "Ivan Petrenko");
}

#[test]
fn source_described_first_keeps_the_description_when_the_next_speaker_is_someone_else() {
    // Introduced with another role.
    let body = "The school was hit, a local resident said. Ivan Petrenko, the town's mayor, said that five died.";
    assert_eq!(speakers(body), ["a local resident", "Ivan Petrenko"]);
    // Named before the description.
    let body = "Ivan Petrenko arrived. The school was hit, a local resident said. Ivan Petrenko said that five died.";
    assert_eq!(speakers(body), ["a local resident", "Ivan Petrenko"]);
    // A participle's source, and a next speaker given by a pronoun only.
    let body = "The blast would be small, with an expert saying that they are attempting to fool Russians. Nuclear \
                weapons expert Ivan Petrenko told a newspaper that the chances were now 50-50.";
    assert_eq!(speakers(body), ["an expert", "Ivan Petrenko"]);
    // Too far: two sentences between.
    let body = "The school was hit, a local resident said. Smoke rose. Sirens wailed. Ivan Petrenko said that five \
                died.";
    assert_eq!(speakers(body), ["a local resident", "Ivan Petrenko"]);
}

#[test]
fn aide_to_a_person_is_not_that_person() {
    for body in [
        "Inspectors cannot be trusted, a senior aide to Ukrainian President Volodymyr Zelensky said.",
        "A lawyer for Brittney Griner said that the verdict was expected.",
    ] {
        let got = speakers(body);
        assert_eq!(got.len(), 1, "{body}: {got:?}");
        assert!(got[0].starts_with("a ") || got[0].starts_with("A "), "{body}: {got:?}");
    }
}

#[test]
fn role_referent_is_a_person_or_a_body_named_before_the_phrase() {
    // A place near the word "ministry" is not the ministry.
    let body = "Blasts shook Tiraspol, home of the interior ministry, on Monday. The ministry said that windows were \
                broken.";
    assert_eq!(speakers(body), ["The ministry"]);
    // The text around an earlier entity stops before the phrase: the court is not the attorney general, nor is
    // the last person who spoke.
    let body =
        "Senator Joe Manchin said that he would vote against it. Alabama is appealing the ruling to the Supreme \
                Court, and the attorney general has asked for a stay while that process plays out.";
    assert_eq!(speakers(body), ["Joe Manchin", "the attorney general"]);
}

#[test]
fn pronoun_takes_the_subject_across_sentences_that_name_no_one() {
    // Andrej spoke last, but Roman is the subject two sentences before "he said", with only "he" between.
    let body = "Andrej, a 27-year-old soldier, said that the Russians would lose. Roman, a deputy commander, had \
                spent four years studying psychology. As well as fighting he was able to offer his men support. But \
                he said that usually people don't need his help.";
    assert_eq!(speakers(body), ["Andrej", "Roman"]);
    // A sentence naming someone else in between stops the walk back: not Roman.
    let body = "Andrej, a 27-year-old soldier, said that the Russians would lose. Roman, a deputy commander, had \
                spent four years studying psychology. He often met Oleksandr Syrskyi there. But he said that morale \
                was high.";
    assert_ne!(speakers(body)[1], "Roman");
}

#[test]
fn description_with_a_preposition_keeps_its_head() {
    let got = speakers("The family of a British man fighting in Ukraine said he has told them he will surrender.");
    assert!(got[0].starts_with("The family of a British man"), "{got:?}");
    let got = speakers("The mother of a soldier serving with the Azov Regiment said that he was captured.");
    assert!(got[0].starts_with("The mother of a soldier"), "{got:?}");
}

#[test]
fn medium_between_subject_and_cue_is_not_the_subject() {
    let got = speakers("The Norwegian Foreign Ministry in a statement sent to RT on Saturday said that it regrets it.");
    assert_eq!(got, ["Norwegian Foreign Ministry"]);
    let got = speakers("Mykhailo Podolyak in an interview with the BBC said that talks had stalled.");
    assert_eq!(got, ["Mykhailo Podolyak"]);
}

#[test]
fn group_pronouns_take_a_family_or_a_body_that_spoke() {
    let body = "Mr Aslin's family said he was a much-loved young man. \"We are in contact with the Foreign Office and \
                with the BBC,\" they said.";
    assert_eq!(speakers(body), ["Mr Aslin's family", "Mr Aslin's family"]);
    let body = "The Interior Ministry said that windows in Tiraspol were broken. It added that smoke was rising.";
    assert_eq!(speakers(body), ["The Interior Ministry", "The Interior Ministry"]);
}

#[test]
fn a_word_ending_a_sentence_is_not_a_first_name() {
    let body = "Olga and her daughter moved to a town in Wales. Olga said that they already feel like family.";
    assert_eq!(speakers(body), ["Olga"]);
}

#[test]
fn definite_document_speaks_for_its_source() {
    let body = "Heating costs will rise by 17%, according to a new report from National Energy Assistance Directors \
                Association. Home energy prices have gone up more than 35%, according to the report. The study \
                found that the cumulative costs could reach $150 billion.";
    let want = "National Energy Assistance Directors Association";
    let got = speakers(body);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].ends_with(want) && got[1] == want && got[2] == want, "{got:?}");
    // A report with no source named stays a description.
    let body = "Prices rose, according to a new report. Home energy prices have gone up, according to the report.";
    assert_eq!(speakers(body).last().map(String::as_str), Some("the report"));
}

#[test]
fn naming_scare_quote_after_what_is_not_a_claim() {
    assert_eq!(
        speakers("Russia launched what it calls a \"special military operation\" in February."),
        [] as [&str; 0]
    );
    let got = speakers("Ban Ki-moon spoke of what he called a \"brazen breach\" of resolutions.");
    assert_eq!(got, [] as [&str; 0]);
    // Calling something a name with an object is still a speech act.
    assert_eq!(speakers("Moscow has called its invasion a \"special military operation\"."), ["Moscow"]);
}

#[test]
fn country_role_is_its_holder_at_the_date_not_the_last_person_named() {
    let body = "Biden met Zelensky and Putin in Geneva. The US president said that talks went well.";
    assert_eq!(claims_on("2022-03-01", body)[0].0, "Joe Biden");
    assert_eq!(claims_on("2018-03-01", body)[0].0, "Donald Trump");
    let body = "Biden met Zelensky and Putin in Geneva. The American president said that talks went well.";
    assert_eq!(claims_on("2022-03-01", body)[0].0, "Joe Biden");
    // Party leaders ("Leader of A Just Russia") do not lead Russia.
    let body = "Talks stalled. The Russian leader said that the West was to blame.";
    assert_eq!(claims_on("2022-03-01", body)[0].0, "Vladimir Putin");
    // A role qualified by an organization is not whoever spoke last.
    let body = "Putin said that the talks failed. The White House press secretary said that aid would continue.";
    assert_eq!(speakers(body), ["Vladimir Putin", "The White House press secretary"]);
}

#[test]
fn person_qualifying_an_organization_is_not_the_participle_subject() {
    let body = "The Biden White House, announcing its pledge on Thursday, acknowledged that many would stay in Europe.";
    let got = speakers(body);
    assert!(!got.is_empty() && got.iter().all(|s| s == "White House"), "{got:?}");
}

#[test]
fn pronoun_after_a_description_of_someone_else_says_nothing_of_the_speakers_sex() {
    // "his" is the general's: Koffler, whose first name says nothing, is still the "she" who spoke before.
    let body = "Marit Koffler, a former officer, told Fox News that the plan will fail. Koffler said the new general \
                is known for his brutal tactics in Syria, where Bashar Assad rules. \"The risk of escalation is at \
                its highest level now,\" she added.";
    assert_eq!(speakers(body), ["Marit Koffler", "Marit Koffler", "Marit Koffler"]);
}

#[test]
fn role_of_a_person_named_before_counts_from_the_month_the_office_began() {
    // Liz Truss became prime minister in September 2022: in March "the Prime Minister" is Boris Johnson.
    let body = "Boris Johnson declared he fears Russia may use chemical weapons. Concerns were also voiced by \
                Foreign Secretary Liz Truss. Asked if that is what he expects next, the Prime Minister replied: \
                \"I just note that that is what they are already doing.\"";
    let heads = |date: &str| claims_on(date, body).into_iter().map(|c| c.0).collect::<Vec<_>>();
    assert_eq!(heads("2022-03-10").last().unwrap(), "Boris Johnson");
    assert_eq!(heads("2022-09-20").last().unwrap(), "Liz Truss");
}

#[test]
fn medium_a_message_went_out_on_is_no_referent() {
    // "the governor" is the governor named before, not Telegram written next to the word.
    let body = "Governor Ivan Petrenko visited the town. Five people died in the strike, the governor said on \
                Telegram. Repairs to the school will take a week, the governor added.";
    assert_eq!(speakers(body), ["Ivan Petrenko", "Ivan Petrenko"]);
}

#[test]
fn name_inside_a_relative_clause_of_the_subject_is_not_the_speaker() {
    // A place, organization or person inside "who ..." qualifies the one described, who speaks.
    let body = "Those who have escaped Izyum have told of living in basements for months.";
    assert_eq!(speakers(body), ["Those who have escaped Izyum"]);
    let body = "Witnesses who spoke to CNN said the shelling began weeks ago.";
    assert_eq!(speakers(body), ["Witnesses who spoke to CNN"]);
    let body = "A consultant who helped to send two ambulances to Ukraine said he was saddened.";
    assert_eq!(speakers(body), ["A consultant who helped to send two ambulances to Ukraine"]);
    // A name the clause gives the one described, or a name right before "who", still speaks.
    let body = "A woman who gave her name as Elena told reporters the shelling had not stopped.";
    assert_eq!(speakers(body), ["Elena"]);
    let body = "Alexey Nezhdanov, a Belgorod writer who spoke to RT, said the city was prepared.";
    assert_eq!(speakers(body), ["Alexey Nezhdanov"]);
}

#[test]
fn definite_role_is_the_unnamed_source_introduced_since_the_last_person_spoke() {
    // The last person who spoke is an analyst; "the official" is the official introduced after him.
    let body = "Keir Giles, a Russia expert at Chatham House, said Russia was concentrating its artillery. \
                A senior Western official who spoke on condition of anonymity because he was not authorized to \
                discuss the issue in public was blunt. \"There is a sense of strategic improvisation,\" the \
                official said.";
    assert_eq!(speakers(body).last().map(String::as_str), Some("A senior Western official"));
}

#[test]
fn country_government_by_its_gazetteer_name() {
    // A demonym, a possessive, a capital, or the possessive of the country's leader.
    let body = "The Ukrainian government said the strike killed ten people. Russia's government denied that it \
                was to blame. The government in Kyiv said the talks had failed.";
    assert_eq!(
        speakers(body),
        ["Cabinet of Ministers of Ukraine", "Government of Russia", "Cabinet of Ministers of Ukraine"]
    );
    let body = "President Volodymyr Zelensky's Government responded that it would never bow to ultimatums and \
                said cities such as Kyiv would always defy occupation.";
    assert_eq!(speakers(body), ["Cabinet of Ministers of Ukraine"]);
    // A government the gazetteer does not name, and one no country qualifies, stay as written.
    let body = "The Polish government said the border would stay open. The local government said schools were shut.";
    assert_eq!(speakers(body), ["The Polish government", "The local government"]);
}

/// A bare "the government" is the country's government the article named last, unless that one is another, or
/// another country is named since.
#[test]
fn the_government_is_the_one_named_before() {
    let body = "The government of Ukraine said the strike killed ten people. A government spokesperson spoke on TV. \
                The government said the talks had failed.";
    assert_eq!(speakers(body), ["Cabinet of Ministers of Ukraine", "Cabinet of Ministers of Ukraine"]);
    let body = "The UK government said the fund was open. The local government said the talks had failed.";
    assert_eq!(speakers(body), ["UK Government", "The local government"]);
    let body =
        "The UK government said the fund was open. The German government said the fund was late. The government said \
                the talks had failed.";
    assert_eq!(speakers(body)[2], "The government");
    let body = "The UK government created the post in 2018. Japan appointed a minister last year. The government \
                said the talks had failed.";
    assert_eq!(speakers(body), ["The government"]);
}

/// An organization and the place it sits in speak as the organization.
#[test]
fn a_body_in_a_place_speaks_as_the_body() {
    let body =
        "The defence ministry in Kyiv said the town fell. The foreign ministry in Oslo said the border was open.";
    assert_eq!(speakers(body), ["Ministry of Defence of Ukraine", "Norwegian Foreign Ministry"]);
}

/// (speaker, speaker kind) of every claim of a one-sentence body.
fn speakers_and_kinds(body: &str) -> Vec<(String, &'static str)> {
    let article = sitrep::article::Article { id: "t".into(), body: body.into(), ..Default::default() };
    common::extractor().extract(&article).claims.iter().map(|c| (c.speaker.clone(), c.speaker_kind.as_str())).collect()
}

#[test]
fn capitalised_plural_group_opening_a_sentence_is_unnamed() {
    // A plural of people capitalised because it opens the sentence is a group, not a person's name ("Allies" gave
    // no claim at all, "Critics" and "Many Ukrainians" a person).
    for (body, speaker) in [
        ("Allies say that he does not see any need to fully engage either man.", "Allies"),
        ("Critics say the sanctions have failed.", "Critics"),
        ("Many Ukrainians say they will never forgive Russia.", "Many Ukrainians"),
        ("The Russians said the talks had failed.", "The Russians"),
    ] {
        assert_eq!(speakers_and_kinds(body), [(speaker.to_string(), "unnamed")], "{body}");
    }
    // A surname ending in "s" stays a person.
    assert_eq!(speakers_and_kinds("Jones says the sanctions have failed."), [("Jones".to_string(), "person")]);
}

#[test]
fn share_or_number_of_people_is_an_unnamed_speaker() {
    // Poll shares and counts of people as subjects gave no claim: a number word, a hedge, "in", "percent", a
    // comma inside the number.
    for (body, speaker) in [
        ("About one in five say they would not vote.", "About one in five"),
        ("Twenty-four percent said they were more likely to vote for him.", "Twenty-four percent"),
        ("At least 21,000 said they would help.", "At least 21,000"),
        (
            "Nearly eight in 10 Democratic voters overall said they backed him.",
            "Nearly eight in 10 Democratic voters overall",
        ),
        ("Almost half said they backed him.", "Almost half"),
        ("Those surveyed say they backed him.", "Those surveyed"),
        ("Nine of them say they are now pregnant.", "Nine of them"),
    ] {
        assert_eq!(speakers_and_kinds(body), [(speaker.to_string(), "unnamed")], "{body}");
    }
    // Things counted are no speakers.
    assert!(speakers_and_kinds("Over a dozen gatherings alleged to have broken the rules took place.").is_empty());
}

#[test]
fn name_before_two_appositives_speaks() {
    // A full name, then two appositives or relative clauses set off by commas: the name speaks (the subject was
    // cut at the inner comma: no claim, or the role or organization between the commas).
    for (body, speaker) in [
        (
            "Scott Morris, a former Treasury official who is now a senior fellow at the Center for Global \
             Development, which works to alleviate poverty and inequality, said that the loans were risky.",
            "Scott Morris",
        ),
        (
            "Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said it would spend \
             more.",
            "Mark Holden",
        ),
    ] {
        assert_eq!(speakers_and_kinds(body), [(speaker.to_string(), "person")], "{body}");
    }
    // A fronted phrase before the subject is no name.
    let body = "In March, the Russian Orthodox Church's Patriarch Kirill, a Putin ally, said that the war was just.";
    assert_eq!(speakers_and_kinds(body)[0].0, "Patriarch Kirill");
}

#[test]
fn a_body_speaking_for_its_owner_is_an_unnamed_speaker() {
    // "Trump's campaign", "Biden's team", "Wagner's press office", "Her legal team": no claim before (the head is
    // no person noun and the phrase no name).
    for body in [
        "Trump's campaign said he will be represented by his lawyers.",
        "Biden's team said the talks had failed.",
        "Wagner's press office said the town had fallen.",
        "Her legal team told reporters her plea was informed by a discussion with her attorneys.",
    ] {
        let speaker = body.split(" said").next().unwrap().split(" told").next().unwrap();
        assert_eq!(speakers_and_kinds(body), [(speaker.to_string(), "unnamed")], "{body}");
    }
}

#[test]
fn common_noun_subjects_of_saying_are_unnamed_sources() {
    for (body, speaker) in [
        ("Ukraine's state railway says the station was hit by two missiles.", "Ukraine's state railway"),
        ("Russian state media said on Sunday that a general had been killed.", "Russian state media"),
        ("Opponents of a deal say lifting sanctions could help Russia.", "Opponents of a deal"),
        ("Residents who fled the city say they were shelled for days.", "Residents who fled the city"),
        ("Protest organizers in Kyiv said the march would go ahead.", "Protest organizers in Kyiv"),
        (
            "A Serbian police statement issued on June 8 said police had arrested a man.",
            "A Serbian police statement issued on June 8",
        ),
    ] {
        assert_eq!(speakers(body), [speaker], "{body}");
    }
    // Not sources: a verb that is not one of saying, a passive, the content before a trailing speaker.
    for body in [
        "The mere existence of this offshore corporation pointed to the fact that he does not trust the country.",
        "This spasm of activity indicates that Belarus is preparing to enter the fray.",
        "Ukrainians across the country told to be vigilant in case Russia unleashed fresh strikes.",
        "The person who died was among those reported as injured.",
    ] {
        assert_eq!(speakers(body), Vec::<String>::new(), "{body}");
    }
}

#[test]
fn name_after_a_description_after_the_cue() {
    // The person named after the description and its comma speaks, not the place inside the description.
    let body = "\"It was one of those ideas that just snowballed,\" explains the app's UK manager, Colin Watkins. \
                The app is popular.";
    assert_eq!(speakers(body), ["Colin Watkins"]);
    let body = "\"This is an opportunity to have a bit of normality,\" explains the pub's owner, Gavin Price, who \
                is also manager of Elgin FC.";
    assert_eq!(speakers(body), ["Gavin Price"]);
}

#[test]
fn the_paper_and_the_center_named_before() {
    // A newspaper by its gazetteer description or its introduction, a centre under either spelling.
    let body = "The courses last ten days, The Guardian said. The training involves \"basic weapon handling,\" the \
                paper reported.";
    assert_eq!(speakers(body), ["The Guardian", "The Guardian"]);
    let body = "Italian newspaper Il Tirreno reported the sale on Tuesday. A Russian couple have rented the villa, \
                the newspaper reported.";
    assert_eq!(speakers(body)[1], "Il Tirreno");
    let body = "The Joint Coordination Center said the ships left. \"The cleared vessels proceed then to their \
                final destinations,\" the center said.";
    assert_eq!(speakers(body), ["Joint Coordination Centre", "Joint Coordination Centre"]);
    // A newspaper "based in the EU" does not make the EU one.
    let body = "A Russian-language newspaper based in the EU claimed the figure was real. The paper said it failed \
                to obtain documents.";
    assert_eq!(speakers(body)[1], "The paper");
}

#[test]
fn the_statement_of_the_last_speaker() {
    // "the statement" after a speaker who "said in a statement" is that speaker's.
    let body = "\"The ship was seriously damaged,\" the Russian Defense Ministry said in a statement. \"The cause of \
                the fire is under investigation,\" the statement said.";
    assert_eq!(speakers(body), ["Russian Ministry of Defence", "Russian Ministry of Defence"]);
    // No statement named near the last cue: the statement stays itself.
    let body = "\"The ship was seriously damaged,\" the Russian Defense Ministry said. On the government's website, \
                the statement reads: \"The cause of the fire is under investigation.\"";
    assert_eq!(speakers(body)[1], "the statement");
}

#[test]
fn a_name_before_an_appositive_holding_and() {
    // "and" inside the appositive after a name does not open the subject's clause.
    let body =
        "Hugh Williamson, Europe and Central Asia director at the charity, said: \"The cases amount to cruelty.\"";
    assert_eq!(speakers(body), ["Hugh Williamson"]);
    let body = "In an interview, Kai Sauer, Finland's Under-Secretary of State for Foreign and Security Policy, said \
                it was likely that his country would apply.";
    assert_eq!(speakers(body), ["Kai Sauer"]);
}

#[test]
fn a_role_whose_holder_is_named_after_the_claim() {
    // The lede's description, then its holder introduced with the same noun.
    let body = "Women are cutting off their hair to stay safe, according to a town’s mayor. Deputy mayor Maryna \
                Beschastna said the women are afraid.";
    assert_eq!(speakers(body), ["Maryna Beschastna", "Maryna Beschastna"]);
    let body = "The region will need more shelters, its governor has said. Speaking on Monday, Ivan Hrytsenko, the \
                governor of the Poltava region, asked for help.";
    assert_eq!(speakers(body)[0], "Ivan Hrytsenko");
    // Every word of the description must fit the introduction.
    let body = "Prices will keep rising, Ireland’s finance minister said. Meanwhile, Dutch Prime Minister Mark Rutte \
                said he was annoyed.";
    assert_eq!(speakers(body)[0], "Ireland’s finance minister");
    // Two people introduced with the noun: neither.
    let body = "The city was shelled all night, the mayor said. Mayor Ivan Petrenko met Mayor Olena Kovalenko on \
                Monday.";
    assert_eq!(speakers(body)[0], "the mayor");
}

#[test]
fn he_after_a_titled_subject() {
    // A title of more than three words before the subject's name, a name in its appositive after.
    let body = "The head of the committee Ivan Sorokin, a former classmate of Vladimir Putin, opened a case. He \
                said the comments broke the law.";
    assert_eq!(speakers(body), ["Ivan Sorokin"]);
}

#[test]
fn the_mayor_is_not_the_last_speaker_with_another_office() {
    // Gladkov is a governor in the gazetteer: "the city's mayor" after him stays a description.
    let body = "Vyacheslav Gladkov said three houses had burned down. In Melitopol, a military base was hit, the \
                city's mayor said.";
    assert_eq!(speakers(body), ["Vyacheslav Gladkov", "the city's mayor"]);
}

#[test]
fn a_body_named_by_a_description_after_its_name() {
    // "the outlet": a news medium named before, by its gazetteer description ("news outlet").
    let body = "Eight people remain trapped in the rubble, the Kyiv Independent reported. \"Three soldiers are under \
                the rubble,\" the outlet said.";
    assert_eq!(speakers(body), ["Kyiv Independent", "Kyiv Independent"]);
    // "The bloc": the EU, a "political and economic union".
    let body = "The EU imports around 40% of its gas from Russia. The bloc has pledged to reduce its dependency.";
    assert_eq!(speakers(body), ["European Union"]);
    // A longer description: every lower-case word fits ("state-owned" by its stem), the country too.
    let body = "Schröder kept his post with Rosneft for three months before the Russian state-owned oil company \
                announced his stepping down.";
    assert_eq!(speakers(body), ["Rosneft"]);
    // A body's noun is no person: not the defendant near "the court".
    let body = "The lawyers of Aiden Aslin have filed complaints, asking the court to reduce the punishment. The \
                court confirmed the receipt of the complaints.";
    assert_eq!(speakers(body).last().unwrap(), "The court");
    // A field word must fit: "the health ministry" is not the defence ministry.
    let body = "The Russian Ministry of Defence said the strikes hit depots. Six people died, the health ministry \
                said.";
    assert_eq!(speakers(body), ["Russian Ministry of Defence", "the health ministry"]);
}

#[test]
fn pronoun_after_a_role_naming_a_known_person() {
    // The last speaker is someone else; "The Russian president" (the gazetteer's Vladimir Putin) is the subject of
    // a sentence since.
    let body = "Asked if Russia earns more now, Mr Hochman replied \"I can't deny that\". The Russian president was \
                speaking on Thursday after an exhibition in Moscow. \"It is our responsibility to take back,\" he told \
                his young audience.";
    assert_eq!(speakers(body), ["Hochman", "Vladimir Putin"]);
    // A role followed by its own name is no such subject.
    let body = "Asked if Russia earns more now, Mr Hochman replied \"I can't deny that\". The mayor of Vienna, Ivan \
                Petrenko, was speaking on Thursday. \"It is our responsibility to take back,\" he said.";
    assert_ne!(speakers(body)[1], "Vladimir Putin");
}

#[test]
fn a_parenthesis_inside_the_subject() {
    // A trailing attribution whose description holds an abbreviation before the name set off after it.
    let body = "Three convicted foreign volunteers will be executed if their appeals fail, the head of the Donetsk \
                People's Republic (DPR), Denis Pushilin, said on Wednesday.";
    assert_eq!(speakers(body), ["Denis Pushilin"]);
    // An abbreviation ending the subject, or before a lower-case head, goes with it.
    let body = "The Office of Financial Sanctions Implementation (OFSI) said Russia has overtaken Iran.";
    assert_eq!(speakers(body), ["The Office of Financial Sanctions Implementation"]);
}

#[test]
fn a_senior_western_official_stays_unnamed() {
    // A senior defense official briefing on background is not the general named in the next sentence.
    let body = "The Russians have also used hypersonic weapons. A senior defense official said this week that the \
                Russians have launched 10 to 12 hypersonic weapons. But Chairman of the Joint Chiefs of Staff General \
                Mark Milley in a hearing on Wednesday said the way the Russians use them has given them no advantage.";
    assert_eq!(speakers(body), ["A senior defense official", "Mark Milley"]);
}

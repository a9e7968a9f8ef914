//! One test per pattern family of `statements::find`, on small made-up paragraphs (and the
//! seed article, the project's own demo).

use tidings::model::{SpeakerKind, Statement};
use tidings::statements::find;

fn run(paragraphs: &[&str]) -> Vec<Statement> {
    let blocks: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    find(&blocks)
}

/// The statement whose text contains `needle`.
fn stmt<'a>(all: &'a [Statement], needle: &str) -> &'a Statement {
    all.iter()
        .find(|s| s.text.contains(needle))
        .unwrap_or_else(|| panic!("no statement with {needle:?} in {all:#?}"))
}

fn none_with(all: &[Statement], needle: &str) {
    assert!(
        !all.iter().any(|s| s.official && s.text.contains(needle)),
        "unexpected official statement with {needle:?}: {all:#?}"
    );
}

const SEED: &[&str] = &[
    "New Delhi: The IT Ministry took to Koo - India's rival to Twitter - and called the blog 'unusual' considering Twitter sought a meeting, the government added it would share its response soon. ",
    "\"Upon the request of Twitter seeking a meeting with the Govt., the Secretary IT was to engage with senior management of Twitter. In this light a blog post published prior to this engagement is unusual. Govt. will share its response soon,\" the IT ministry wrote on KOO.",
    "In the blog post Twitter noted it does not believe that the actions it has been directed to take by the IT Ministry are consistent with the Indian law. ",
    "ALSO READ: Twitter Acts On 500 Indian Accounts, Explains Reasons For Not Taking Action On Some Handles",
    "\"In keeping with our principles of defending protected speech and freedom of expression, we have not taken any action on accounts that consist of news media entities, journalists, activists, and politicians. \"To do so, we believe, would violate their fundamental right to free expression under Indian law,\" the micro-blogging platform reiterated. In the aftermath of the farmer’s protests and social media reactions, people expressed their agitation over the issue. The micro-blogging site has finally come out openly sharing its stand on the matter.",
];

#[test]
fn seed_article_speakers() {
    let all = run(SEED);
    let koo = stmt(&all, "Govt. will share its response soon");
    assert_eq!(koo.speaker, "the IT ministry");
    assert_eq!(koo.speaker_kind, SpeakerKind::Government);
    assert!(koo.official && koo.direct);
    assert_eq!(koo.cue, "wrote on KOO");
    assert_eq!(koo.block, 1);
    assert!(
        koo.text.starts_with("\"Upon the request") && koo.text.ends_with("soon,\""),
        "{:?}",
        koo.text
    );

    let blog = stmt(&all, "it does not believe that");
    assert_eq!(blog.speaker, "Twitter");
    assert_eq!(blog.speaker_kind, SpeakerKind::Company);
    assert!(blog.official && !blog.direct);

    let re = stmt(&all, "To do so, we believe");
    assert_eq!(re.speaker, "the micro-blogging platform");
    assert_eq!(re.speaker_kind, SpeakerKind::Company);
    assert!(re.official && re.direct);
    assert!(
        re.text.starts_with("\"In keeping"),
        "one span over both marks: {:?}",
        re.text
    );

    let added = stmt(&all, "it would share its response soon");
    assert_eq!(added.speaker, "the government");
    // the related-link line and "people expressed" are not official statements
    none_with(&all, "Explains Reasons");
    none_with(&all, "agitation");
}

#[test]
fn direct_quote_with_trailing_attribution() {
    let all = run(&[
        "“The inquiry is on and the guilty will be punished,” said Superintendent of Police Ramesh Kumar.",
    ]);
    let s = stmt(&all, "The inquiry is on");
    assert_eq!(s.speaker, "Superintendent of Police Ramesh Kumar");
    assert_eq!(s.speaker_kind, SpeakerKind::Police);
    assert!(s.official && s.direct);
    assert!(
        s.text.ends_with("punished,”"),
        "the attribution is outside the span: {:?}",
        s.text
    );
}

#[test]
fn interrupted_quote_is_one_span() {
    let all = run(&[
        "\"We have asked for the records,\" the spokesperson said. \"A reply is expected this week.\"",
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(all[0].text.contains("records") && all[0].text.contains("this week"));
}

#[test]
fn leading_attribution_with_colon_and_next_block() {
    let all = run(&["The Finance Ministry said: “The deficit target will be met.”"]);
    let s = stmt(&all, "deficit target");
    assert_eq!(s.speaker, "The Finance Ministry");
    assert!(s.official && s.direct);
    assert!(s.text.starts_with('“'));

    let all = run(&[
        "The Court said,",
        "“The State cannot keep back documents from the court and produce them when it suits it.”",
    ]);
    let s = stmt(&all, "keep back documents");
    assert_eq!(s.speaker, "The Court");
    assert_eq!(s.block, 1);
    assert_eq!(s.speaker_kind, SpeakerKind::Court);
}

#[test]
fn according_to_before_and_after() {
    let all = run(&[
        "According to the district administration, relief camps have been set up in four villages.",
    ]);
    let s = stmt(&all, "relief camps");
    assert_eq!(s.speaker, "the district administration");
    assert!(s.official && !s.text.contains("According"));

    let all =
        run(&["The bridge will reopen next month, according to the Public Works Department."]);
    let s = stmt(&all, "bridge will reopen");
    assert_eq!(s.speaker, "the Public Works Department");
    assert!(s.official);

    // data is not a speaker
    let all =
        run(&["According to official figures, 894 passengers were denied boarding in January."]);
    none_with(&all, "894");
}

#[test]
fn reported_speech_with_and_without_that() {
    let all = run(&[
        "The Reserve Bank said that inflation would ease by the end of the year. The regulator added it would keep a close watch on prices.",
    ]);
    let s = stmt(&all, "inflation would ease");
    assert!(!s.text.starts_with("that"));
    assert_eq!(s.speaker, "The Reserve Bank");
    assert_eq!(s.speaker_kind, SpeakerKind::Regulator);
    let s = stmt(&all, "keep a close watch");
    assert_eq!(s.speaker, "The regulator");

    let all = run(&["Two men have been held for the theft, police said on Friday."]);
    let s = stmt(&all, "Two men have been held");
    assert_eq!(s.speaker, "police");
    assert_eq!(s.speaker_kind, SpeakerKind::Police);
    assert!(!s.text.contains("police said"));
}

#[test]
fn channel_phrases() {
    let all =
        run(&["The airline said in a statement that the flight was delayed by a technical snag."]);
    let s = stmt(&all, "technical snag");
    assert_eq!(s.cue, "said in a statement");
    assert_eq!(s.speaker_kind, SpeakerKind::Company);

    let all = run(&["“We will not allow any violence,” the Commissioner told reporters."]);
    let s = stmt(&all, "any violence");
    assert_eq!(s.cue, "told reporters");
    assert!(s.official);

    let all = run(&[
        "In a written reply to the Lok Sabha, Minister of State Rajeev Chandrasekhar said 80 apps had been blocked.",
    ]);
    let s = stmt(&all, "80 apps");
    assert!(s.official, "{s:?}");

    let all = run(&["Delhi Police took to Twitter to deny any rise in crime in the city."]);
    let s = stmt(&all, "any rise in crime");
    assert_eq!(s.speaker, "Delhi Police");
}

#[test]
fn court_phrases() {
    let all = run(&[
        "“There is a reason behind every order,” the bench observed. The court also directed the State to file a reply within four weeks.",
    ]);
    assert_eq!(stmt(&all, "reason behind every order").speaker, "the bench");
    let s = stmt(&all, "file a reply");
    assert_eq!(s.speaker, "The court");
    assert_eq!(s.speaker_kind, SpeakerKind::Court);
}

#[test]
fn multi_paragraph_quote() {
    let all = run(&[
        "“The Commission weighs every factor before it fixes a date,” said the statement.",
        "“Terrain and weather matter. So do the festivals in the area.",
        "“All of this follows careful groundwork by the Commission's officers.”",
    ]);
    let b1 = all
        .iter()
        .find(|s| s.block == 1)
        .expect("continued paragraph");
    let b2 = all.iter().find(|s| s.block == 2).expect("last paragraph");
    assert_eq!(b1.speaker, "the statement");
    assert_eq!(b2.speaker, "the statement");
}

#[test]
fn floating_quote_takes_previous_speaker() {
    let all = run(&[
        "Election Commissioner Ashok Lavasa said the Commission was bound by the Constitution.",
        "\"We met all the political parties and the police nodal officers over two days.\"",
    ]);
    let s = stmt(&all, "We met all the political parties");
    assert_eq!(s.speaker, "Election Commissioner Ashok Lavasa");
    assert!(s.official);
}

#[test]
fn abbreviations_keep_sentences_whole() {
    let all = run(&[
        "Sen. Maria Lopez said the No. 2 bill would pass. Mr. Das said the Govt. would act.",
    ]);
    assert_eq!(stmt(&all, "bill would pass").speaker, "Sen. Maria Lopez");
    let s = stmt(&all, "Govt. would act");
    assert_eq!(s.speaker, "Mr. Das");
}

#[test]
fn pronouns_and_surnames_resolve() {
    let all = run(&[
        "The autopsy was inconclusive, Ankur Aggarwal, the Superintendent of Police in Chandauli, said on Monday.",
        "Action will be taken if the rules were broken, he said.",
        "Union IT Minister Ravi Shankar Prasad dismissed the charge.",
        "“The necessary action has been taken,” Prasad said.",
    ]);
    let s = stmt(&all, "Action will be taken");
    assert_eq!(s.speaker, "Ankur Aggarwal");
    assert_eq!(s.speaker_kind, SpeakerKind::Police);
    assert!(s.official);
    let s = stmt(&all, "necessary action");
    assert_eq!(s.speaker, "Prasad");
    assert!(
        s.official,
        "the surname takes the title given earlier: {s:?}"
    );
    assert_eq!(s.speaker_kind, SpeakerKind::Official);

    let all = run(&[
        "Air India rejected the complaints. It said in a statement that the air conditioning was working.",
    ]);
    let s = stmt(&all, "air conditioning");
    assert_eq!(s.speaker, "Air India");
    assert_eq!(s.speaker_kind, SpeakerKind::Company);
}

#[test]
fn definite_title_names_a_bare_surname() {
    let all = run(&[
        "Sanders told the channel that the debate would be decisive.",
        "The Vermont senator acknowledged that some voters were still angry.",
    ]);
    assert!(stmt(&all, "debate would be decisive").official);
}

#[test]
fn former_officials_and_private_people_are_not_official() {
    let all = run(&[
        "Former finance minister P. Rao said the budget was a mistake.",
        "“We waited for six hours,” said a passenger.",
        "Economist Jane Roe said growth would slow.",
        "Retired judge A. Sen said the verdict was sound.",
    ]);
    for needle in [
        "budget was a mistake",
        "six hours",
        "growth would slow",
        "verdict was sound",
    ] {
        let s = stmt(&all, needle);
        assert!(!s.official, "{s:?}");
    }
}

#[test]
fn beliefs_polls_and_refusals_are_not_statements() {
    let all = run(&[
        "Residents believe the police acted late.",
        "The ministry wants to review the policy.",
        "A new poll shows the ruling party ahead.",
        "The company declined to comment on the layoffs.",
        "The police have been accused of using force.",
        "The minister did not say when the scheme would start.",
    ]);
    assert!(!all.iter().any(|s| s.official), "{all:#?}");
}

#[test]
fn anonymous_officials() {
    let all = run(&[
        "Three vehicles were recovered, officials said. The car was stolen on Friday, said a senior police officer.",
        "The flight was diverted, sources said.",
    ]);
    let s = stmt(&all, "Three vehicles");
    assert_eq!(s.speaker_kind, SpeakerKind::Anonymous);
    assert!(s.official);
    let s = stmt(&all, "car was stolen");
    assert_eq!(s.speaker_kind, SpeakerKind::Anonymous);
    assert!(s.official);
    // unaffiliated sources: anonymous, not official
    let s = stmt(&all, "flight was diverted");
    assert!(!s.official);
}

#[test]
fn headline_with_speaker_after_colon() {
    let all = run(&["Chargesheet next week will reveal the motives: Chennai Police Commissioner"]);
    let s = stmt(&all, "Chargesheet next week");
    assert_eq!(s.speaker, "Chennai Police Commissioner");
    assert!(s.official);
    // a dateline is not a speaker
    let all = run(&["CHENNAI: The city saw heavy rain on Monday"]);
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn directives_and_objects() {
    let all = run(&[
        "The Centre has asked States to step up testing. Delhi Police rejected the Chief Minister's claim of rising crime.",
    ]);
    assert_eq!(
        stmt(&all, "States to step up testing").speaker,
        "The Centre"
    );
    let s = stmt(&all, "claim of rising crime");
    assert_eq!(s.speaker, "Delhi Police");
    assert_eq!(s.cue, "rejected");
}

#[test]
fn spans_stay_inside_their_block() {
    let all = run(SEED);
    for s in &all {
        assert!(SEED[s.block].contains(&s.text), "{s:?}");
    }
}

#[test]
fn pronouns_respect_he_and_she() {
    let all = run(&[
        "Campaign spokesman Jason Miller said the policy would cover single mothers.",
        "Spokeswoman Maria Lopez said the plan was final. “We will not change it,” she said.",
    ]);
    assert_eq!(stmt(&all, "We will not change it").speaker, "Maria Lopez");
    // "MS" in capitals is initials, not "Ms"
    let all = run(&[
        "Delhi Police PRO MS Randhawa told ANI that the situation was under control.",
        "“Only a police booth suffered damage,” he said.",
    ]);
    assert_eq!(stmt(&all, "police booth").speaker, "MS Randhawa");
}

#[test]
fn descriptions_that_are_not_offices() {
    let all = run(&[
        "Derek Scissors, a China scholar who consults with administration officials, said the talks would drag on.",
        "Will Tjernlund, an Amazon seller, said prices were rising.",
        "According to a report in the Argus Leader, the campaign cost $449,000.",
    ]);
    for needle in ["talks would drag on", "prices were rising", "campaign cost"] {
        assert!(!stmt(&all, needle).official, "{needle}: {all:#?}");
    }
}

#[test]
fn bare_ing_forms_and_title_case_nouns_are_not_verbs() {
    let all = run(&[
        "Stadia's performance promising smooth play at best.",
        "Frequently Asked Questions About Time Travel",
        "Apple thanks to its new chips is faster.",
    ]);
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn clause_edges() {
    // "that" as a subject stays in the clause
    let all = run(&["Apple says that is what you can expect from the battery."]);
    assert!(
        stmt(&all, "what you can expect")
            .text
            .starts_with("that is")
    );
    // a dateline is not part of what was said
    let all =
        run(&["MOSCOW (AP) — A cargo ship failed to reach orbit, the Russian space agency said."]);
    assert!(stmt(&all, "cargo ship").text.starts_with("A cargo ship"));
    // an appositive after "according to X" belongs to the speaker
    let all = run(&[
        "Tourism makes up 7 percent of the economy, according to the Tourism Council, an industry body.",
    ]);
    let s = stmt(&all, "Tourism makes up");
    assert!(!s.text.contains("according"), "{s:?}");
    assert_eq!(s.speaker, "the Tourism Council");
}

#[test]
fn channel_between_commas() {
    for p in [
        "The ministry, in a written reply to the Lok Sabha, said 1,200 websites had been blocked.",
        "The ministry said, in a written reply to the Lok Sabha, that 1,200 websites had been blocked.",
        "The ministry said in a written reply to the Lok Sabha that 1,200 websites had been blocked.",
    ] {
        let all = run(&[p]);
        let s = stmt(&all, "1,200 websites");
        assert!(s.text.starts_with("1,200"), "{s:?}");
        assert!(s.official);
    }
}

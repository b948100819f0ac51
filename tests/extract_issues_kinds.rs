//! The Open issues pane on every kind of news, not only diplomatic disputes: a recall, a
//! crime, an election, a transfer saga, a drug trial and a court case, each an invented
//! story. Labels are short noun phrases in the story's words, never a bare name, never a
//! verb phrase; one matter once; each with the clause that shows it.

use briefcard::extract::extract;
use briefcard::model::{Article, Facts};

fn facts(text: &str) -> Facts {
    let article = Article {
        text: text.to_owned(),
        ..Article::default()
    };
    extract(&article, "2024-03-12".parse().ok())
}

fn labels(f: &Facts) -> Vec<String> {
    f.issues.iter().map(|i| i.label.to_lowercase()).collect()
}

/// The first `n` labels name `word` somewhere.
fn leads_with(f: &Facts, n: usize, word: &str) -> bool {
    labels(f).iter().take(n).any(|l| l.contains(word))
}

/// The pane's first issue is `label`.
fn assert_first(f: &Facts, label: &str) {
    let l = labels(f);
    assert_eq!(l.first().map(String::as_str), Some(label), "{l:?}");
}

/// What every story's pane must hold: 3 to 12 issues, short labels, no bare names or verbs,
/// each with evidence from the text.
fn well_formed(f: &Facts) {
    let l = labels(f);
    assert!((3..=12).contains(&l.len()), "{l:?}");
    let names: Vec<String> = f
        .who
        .iter()
        .map(|w| w.name.to_lowercase())
        .chain(f.places.iter().map(|p| p.name.to_lowercase()))
        .collect();
    for i in &f.issues {
        let label = i.label.to_lowercase();
        assert!(label.split_whitespace().count() <= 7, "{label}");
        assert!(!names.contains(&label), "a bare name: {label}");
        for verb in [" said", " says", " told", " was ", " were ", " will "] {
            assert!(!format!(" {label} ").contains(verb), "a verb: {label}");
        }
        assert!(!i.evidence.is_empty(), "{label}: no evidence");
        assert!(!i.mentions.is_empty(), "{label}: no mention");
        for m in &i.mentions {
            let slice: String = f
                .article
                .text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect();
            assert_eq!(slice, m.text, "{label}: a mention off its text");
        }
    }
}

#[test]
fn a_product_recall_names_the_recall_and_the_inquiry() {
    let f = facts(
        "Carmaker widens brake recall as regulators open inquiry\n\n\
         The carmaker Veltronic said on Monday it would widen its brake recall to 400,000 \
         vehicles after regulators opened an inquiry into faulty brake pedals. The brake \
         recall now covers three models sold since 2019. Dealers will replace the pedals \
         free of charge, the company said. Safety groups say the inquiry came too late and \
         want fines for the delay. Veltronic shares fell 4 percent. The company faces \
         lawsuits from drivers in two states, and a hearing on the brake recall is set for \
         next month. Analysts expect the recall to cost the carmaker at least $300 million, \
         and some warn that the inquiry could widen to other models.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 3, "brake recall"), "{:?}", labels(&f));
    assert!(leads_with(&f, 6, "inquiry"), "{:?}", labels(&f));
}

#[test]
fn a_crime_story_names_the_shooting_and_the_police_review() {
    let f = facts(
        "Police review ordered after market shooting\n\n\
         The mayor of Port Alden ordered a police review on Tuesday after a shooting at the \
         harbour market left two vendors dead. Witnesses said officers took twenty minutes \
         to arrive. The police review will examine the response time and the radio outage \
         that delayed the call, the mayor said. Relatives of the vendors demanded an \
         independent inquiry. The market shooting was the third in the district this year, \
         and traders said they feared for their stalls. The suspect, a 34-year-old man, was \
         charged with murder and will appear in court on Friday.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 4, "police review"), "{:?}", labels(&f));
    assert!(leads_with(&f, 6, "shooting"), "{:?}", labels(&f));
}

#[test]
fn an_election_story_names_the_vote_and_the_recount() {
    let f = facts(
        "Recount looms in tight mayoral vote\n\n\
         Officials in Westerby began preparing for a recount on Sunday after the mayoral \
         vote ended with fewer than 200 ballots between the two candidates. The incumbent, \
         Ruth Calder, conceded nothing and said every postal ballot must be counted. Her \
         challenger, Omar Feld, called for observers at the recount. The election board \
         will rule on 1,400 disputed postal ballots by Wednesday. Turnout in the mayoral \
         vote was the highest in two decades, and both camps warned of legal challenges if \
         the recount is not finished before the deadline.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 4, "recount"), "{:?}", labels(&f));
    assert!(
        leads_with(&f, 6, "vote") || leads_with(&f, 6, "ballot"),
        "{:?}",
        labels(&f)
    );
}

#[test]
fn a_transfer_saga_names_the_contract_talks_not_the_player() {
    let f = facts(
        "Striker's contract talks stall as rivals circle\n\n\
         Talks over a new contract for Dunmore striker Leo Varga stalled on Monday, his \
         agent said, with two rival clubs ready to bid in the summer window. Varga, 27, \
         has one year left on his deal and scored 19 goals this season. Dunmore offered a \
         four-year contract, but the agent wants a release clause. The club's manager said \
         the contract talks would resume after the cup final. Supporters fear a repeat of \
         last year, when the club sold its captain for a fee well below his value.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 4, "contract"), "{:?}", labels(&f));
    assert!(
        !labels(&f).iter().any(|l| l == "leo varga" || l == "varga"),
        "{:?}",
        labels(&f)
    );
}

#[test]
fn a_drug_trial_names_the_trial_and_the_side_effects() {
    let f = facts(
        "Heart drug trial paused over side effects\n\n\
         A late-stage trial of the heart drug cardoxin was paused on Thursday after \
         researchers reported liver side effects in eleven patients. The drug trial had \
         enrolled 3,000 volunteers in nine countries. The maker, Helion Pharma, said the \
         pause was a precaution and that an independent safety board would review the \
         liver side effects within six weeks. Regulators had expected to decide on approval \
         of cardoxin next year. Patient groups urged the company to publish the full trial \
         data.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 4, "trial"), "{:?}", labels(&f));
    assert!(leads_with(&f, 6, "side effects"), "{:?}", labels(&f));
}

#[test]
fn one_matter_is_one_issue() {
    let f = facts(
        "Bridge collapse inquiry widens\n\n\
         The inquiry into the Kessel bridge collapse widened on Monday to include the \
         contractor's inspection records. The bridge collapse killed three people in May. \
         Investigators said the inquiry would also examine the city's maintenance budget. \
         The collapse inquiry is due to report in the autumn. Families of the victims said \
         the inquiry must name those responsible, and the contractor denied any fault in \
         the maintenance of the bridge.",
    );
    well_formed(&f);
    let with_inquiry = labels(&f).iter().filter(|l| l.contains("inquiry")).count();
    assert_eq!(with_inquiry, 1, "{:?}", labels(&f));
}

#[test]
fn the_inquiry_the_investigation_and_the_probe_are_one_issue() {
    let f = facts(
        "Regulator opens probe into grain prices\n\n\
         The competition regulator opened an investigation on Monday into grain prices after \
         bakers complained that three traders had raised them in step. The probe will look \
         at contracts signed since January. The traders denied any collusion and said the \
         inquiry would clear them. Bakers' groups welcomed the investigation but warned that \
         bread prices could rise again before the inquiry reports in the autumn, and farmers \
         said the grain price spike had not reached them.",
    );
    well_formed(&f);
    let matter = labels(&f)
        .iter()
        .filter(|l| l.contains("probe") || l.contains("investigation") || l.contains("inquiry"))
        .count();
    assert_eq!(matter, 1, "{:?}", labels(&f));
}

#[test]
fn a_label_never_starts_inside_a_name_or_a_hyphenated_word() {
    let f = facts(
        "Regulators question Marlowe Freight over long-term pricing plans\n\n\
         A Consolidated Harbour inquiry found that Marlowe Freight charged small shippers \
         more than large ones for three years. The Consolidated Harbour inquiry will report \
         to ministers in May. Marlowe Freight said its long-term pricing plans were fair and \
         that the pricing plans had been approved by its board. Shippers said the pricing \
         plans cost them dearly, and several have asked the inquiry to widen its scope to \
         cover the long-term pricing plans of two rivals.",
    );
    well_formed(&f);
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.starts_with("harbour")), "{l:?}");
    assert!(!l.iter().any(|x| x.starts_with("term ")), "{l:?}");
    assert!(leads_with(&f, 6, "inquiry"), "{l:?}");
    assert!(leads_with(&f, 6, "pricing plans"), "{l:?}");
}

#[test]
fn a_verb_after_a_person_is_not_part_of_a_label() {
    let f = facts(
        "Stage drama over casting of the new Verdi revival\n\n\
         The soprano playing the lead pulled out of the Verdi revival on Tuesday, a week \
         before opening night. Rehearsals continued with an understudy. The director said \
         the revival would open as planned, but ticket refunds are being offered and the \
         casting dispute with the soprano's agent is unresolved. The opera house faces a \
         loss on the revival if refunds mount, and the casting dispute may go to \
         arbitration.",
    );
    well_formed(&f);
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with("playing")), "{l:?}");
    assert!(leads_with(&f, 6, "casting dispute"), "{l:?}");
    assert!(leads_with(&f, 6, "revival"), "{l:?}");
}

#[test]
fn a_title_before_a_person_ranks_below_the_matters() {
    let f = facts(
        "Ferry operator faces inquiry after engine fire\n\n\
         Ferry operator Calder Lines faces a safety inquiry after an engine fire forced 300 \
         passengers to abandon a crossing on Friday. Veteran ship engineer Tomas Orrin said \
         the engine fire began in a fuel line that had been repaired twice this year. The \
         maritime agency said its safety inquiry would examine the repairs and the crew's \
         training. Veteran ship engineer Tomas Orrin has called for the fleet to stay in port \
         until the inquiry reports. Calder Lines said the fleet was safe and that the \
         crossing would resume on Monday. Passengers have demanded refunds, and the union \
         warned that cost cutting had left crews short-handed.",
    );
    well_formed(&f);
    let l = labels(&f);
    // Below the inquiry, the fire and where it began.
    let at = |w: &str| l.iter().position(|x| x.contains(w));
    assert!(
        at("engineer").is_none_or(|e| e > 2 && at("fuel line").is_some_and(|f| f < e)),
        "{l:?}"
    );
    assert!(leads_with(&f, 2, "safety inquiry"), "{l:?}");
    assert!(leads_with(&f, 3, "engine fire"), "{l:?}");
}

#[test]
fn the_lead_event_is_named_first_by_its_noun() {
    let f = facts(
        "Port authority expels three foreign inspectors\n\n\
         The port authority of Velmora expelled three foreign inspectors on Tuesday, accusing \
         them of leaking shipping records. The inspectors' agency called the move unlawful \
         and said it would appeal. Shipping lines fear delays at the port while the dispute \
         lasts, and the authority has not said who will carry out the safety checks the \
         inspectors ran. Two insurers have already raised premiums for cargo routed through \
         Velmora.",
    );
    well_formed(&f);
    assert_first(&f, "expulsion of three foreign inspectors");
    // The same matter is not offered twice.
    let l = labels(&f);
    assert!(
        !l.iter().skip(1).any(|x| x.ends_with("inspectors")),
        "{l:?}"
    );
}

#[test]
fn a_verb_used_as_a_noun_or_in_the_passive_names_no_event() {
    let f = facts(
        "Budget cuts hit rural clinics\n\n\
         Three rural clinics were closed and two doctors were dismissed last month after the \
         regional budget cuts took effect. The health board says the cuts were unavoidable, \
         while patients' groups plan a protest outside the board's offices on Friday. The \
         board will review the clinic closures in June, and a councillor has asked the \
         auditor to examine the budget.",
    );
    well_formed(&f);
    let l = labels(&f);
    assert!(
        !l.iter()
            .any(|x| x.starts_with("cut in") || x.starts_with("dismissal of")),
        "{l:?}"
    );
    assert!(leads_with(&f, 3, "budget cuts"), "{l:?}");
}

#[test]
fn an_event_without_object_is_named_by_its_subject() {
    let f = facts(
        "The finance minister resigned on Friday after auditors found gaps in the pension \
         fund's accounts. The prime minister accepted the resignation and ordered an inquiry \
         into the pension fund, which holds the savings of two million workers. Opposition \
         parties demanded an early election, and unions warned that pensions could be \
         delayed while the inquiry runs. The auditors' report will be published next week.",
    );
    well_formed(&f);
    // The article writes plain apostrophes ("fund's"), and so does the label.
    assert_first(&f, "finance minister's resignation");
}

#[test]
fn a_headline_in_the_passive_names_the_event_and_whom_it_befell() {
    // Headlines drop the "is": "Teacher suspended for …" is what befell the teacher.
    let f = facts(
        "Harbour pilot suspended for ignoring storm warning\n\n\
         The port authority said on Monday that the pilot had steered a grain ship out of \
         the harbour after the coastguard closed it. The ship lost an anchor and damaged a \
         pier, and the authority has opened a review of its storm procedures. The pilots' \
         union says the warning reached the bridge late and will contest the decision.",
    );
    well_formed(&f);
    assert_first(&f, "suspension of harbour pilot");
    // With the auxiliary, and a person named by the name alone.
    let f = facts(
        "Rovers winger Dan Okafor misses derby after being banned\n\n\
         The league's disciplinary panel handed the winger a three-match ban on Thursday for \
         a tackle that left a defender with a broken ankle. Rovers said they would not \
         appeal, and the manager must now rebuild his attack for Saturday's derby, with two \
         strikers already injured and a transfer window weeks away.",
    );
    well_formed(&f);
    assert_first(&f, "ban on Dan Okafor".to_lowercase().as_str());
    // An active verb keeps its object, and a figure that falls by itself is no passive.
    let f = facts(
        "Jobless rate dropped to 6.1% in March\n\n\
         The jobless rate dropped to 6.1% in March as factories hired for spring orders, the \
         statistics office said. Economists warned that the fall may not last, since the \
         export outlook is weak and two carmakers plan layoffs later in the year.",
    );
    well_formed(&f);
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.starts_with("dropping of")), "{l:?}");
}

#[test]
fn a_label_never_ends_on_a_linking_verb_or_a_headline_verb() {
    // "remains" before a participle and "skip" before "the" are the headlines' verbs.
    for (text, bad) in [
        (
            "Harbour worker remains hospitalized\n\n\
             A crane collapse at the container terminal has left a harbour worker in \
             intensive care and the port authority facing questions over its safety checks. \
             Inspectors found a cracked weld on the crane's boom, and the dockers' union has \
             called a one-day strike for Friday to demand an independent inquiry.",
            "worker remains",
        ),
        (
            "City councillors skip the budget hearing over pay dispute\n\n\
             Eleven councillors stayed away from Tuesday's budget hearing in protest at a pay \
             freeze, leaving the council without a quorum for the third time this year. The \
             mayor warned that the delay puts the library renovation and the winter road \
             gritting contract at risk, and the auditor has asked for an explanation.",
            "councillors skip",
        ),
        (
            "Farmers challenge strict water quotas\n\n\
             Farmers in the valley went to court on Monday to overturn the water quotas the \
             regional authority set after two dry winters. They say the quotas will ruin the \
             harvest, while the authority warns that the reservoir could run dry by August \
             if the quotas are lifted.",
            "farmers challenge",
        ),
    ] {
        let f = facts(text);
        well_formed(&f);
        let l = labels(&f);
        assert!(!l.iter().any(|x| x.ends_with(bad)), "{l:?}");
    }
}

#[test]
fn appointments_weddings_and_defeats_are_named_by_their_noun() {
    for (text, first) in [
        (
            "Prime minister appoints ex-governor to lead flood inquiry\n\n\
             The prime minister named a former provincial governor on Tuesday to head the \
             inquiry into last month's floods, which killed 40 people. Opposition parties \
             said the inquiry should be independent of the government and called for a \
             parliamentary vote on its terms before the summer recess.",
            "appointment of ex-governor",
        ),
        (
            "Folk singer Ana Ruiz weds TV chef Tom Hale\n\n\
             The couple married in a small ceremony in Galway on Saturday, with a crowd of \
             fans waiting outside the registry office. They plan a second celebration in \
             Lisbon in the autumn, after her tour of Spain.",
            "wedding to TV chef Tom Hale",
        ),
        (
            "Harbour City lose to Rovers again\n\n\
             Harbour City fell to their fourth straight defeat on Saturday, beaten 2-1 at \
             home by Rovers. The manager said his injured striker would return next week, \
             but supporters booed the team off and called for changes before the cup tie.",
            "harbour city's defeat",
        ),
    ] {
        let f = facts(text);
        well_formed(&f);
        let l = labels(&f);
        assert_eq!(
            l.first().map(String::as_str),
            Some(first.to_lowercase().as_str()),
            "{l:?}"
        );
    }
}

#[test]
fn a_lead_event_on_people_keeps_their_count() {
    let f = facts(
        "Police in Dunmore arrested two men on Sunday after a warehouse fire destroyed a \
         charity's winter food stock. Detectives believe the fire was set deliberately and \
         are studying camera footage from the industrial estate. The charity says families \
         who rely on its food parcels face a hard month, and it has appealed for donations. \
         The men will appear in court on Tuesday, and the warehouse owner faces questions \
         over broken alarms.",
    );
    well_formed(&f);
    assert_first(&f, "arrest of two men");
}

#[test]
fn a_label_never_starts_inside_a_hyphenated_word_or_a_name() {
    let f = facts(
        "Retailer faces suit over loyalty cards\n\n\
         Shoppers filed a class-action lawsuit against Brightmart on Tuesday, saying its \
         loyalty cards shared their data. The class-action lawsuit seeks damages. A veteran of \
         the Bay of Pigs invasion leads the group, and the Bay of Pigs invasion is his pride.",
    );
    let l = labels(&f);
    assert!(
        l.iter().any(|x| x.starts_with("class-action lawsuit")),
        "{l:?}"
    );
    assert!(!l.iter().any(|x| x.starts_with("action ")), "{l:?}");
    assert!(!l.iter().any(|x| x.starts_with("pigs ")), "{l:?}");
}

#[test]
fn a_headline_verb_before_a_clause_is_no_part_of_a_label() {
    let f = facts(
        "Harbour judge rules there is no case against the pilots\n\n\
         A judge in Portsmouth said on Monday that the accusations against two harbour pilots \
         would not go to trial. The pilots had been accused of negligence after a tanker ran \
         aground. The accusations were brought by the port authority.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with("rules")), "{l:?}");
}

#[test]
fn a_label_never_ends_inside_a_hyphenated_word_or_on_a_vague_time() {
    let f = facts(
        "Singer steps out in unflattering high-waisted jeans\n\n\
         The singer wore unflattering high-waisted jeans to the premiere in Leeds. Her \
         stylist defended the high-waisted jeans. Doctors expect fewer cancer deaths in the \
         future, and cancer deaths fell again last year.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with(" high")), "{l:?}");
    assert!(!l.iter().any(|x| x.ends_with("the future")), "{l:?}");
}

#[test]
fn an_issue_word_used_as_a_verb_is_no_issue() {
    let f = facts(
        "Studios court streaming services\n\n\
         While broadcasters renegotiate with streaming services, film studios are looking to \
         strike lucrative deals of their own. Regulators will probe the agreements next year, \
         and the agreements worry cinema owners.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x == "strike"), "{l:?}");
}

#[test]
fn a_crisis_named_by_a_noun_keeps_its_words() {
    let f = facts(
        "Bond markets brace for a bailout\n\n\
         The debt crisis in the euro zone has already consumed Greece and Ireland, and \
         investors fear Portugal is next. Greece raised taxes again on Monday. The debt \
         crisis has pushed borrowing costs in Greece to records, and Greece faces strikes.",
    );
    let l = labels(&f);
    assert!(l.iter().any(|x| x.contains("debt crisis")), "{l:?}");
    assert!(!l.iter().any(|x| x == "greece crisis"), "{l:?}");
}

#[test]
fn talks_and_bids_say_what_they_are_for() {
    let f = facts(
        "Brewer in talks to sell its stake in cider maker\n\n\
         Harwick Breweries is in talks to sign on a buyer, the company said on Tuesday. The \
         talks could value the cider maker at 400 million pounds. Harwick launched a bid to \
         buy a rival bottler last year, and the bid failed when regulators objected. \
         Shareholders want the talks finished by June.",
    );
    let l = labels(&f);
    assert!(l.iter().any(|x| x == "bid to buy a rival bottler"), "{l:?}");
    assert!(!l.iter().any(|x| x == "talks" || x == "bid"), "{l:?}");
    // No object, no purpose: "plans to retire" stays a plan.
    let g = facts(
        "Mayor's plans to retire unsettle council\n\n\
         The mayor of Dunmore confirmed plans to retire in the spring. Council members said \
         the plans left the budget vote in doubt, and the budget vote was delayed twice.",
    );
    assert!(
        !labels(&g).iter().any(|x| x.starts_with("plans to retire")),
        "{:?}",
        labels(&g)
    );
}

#[test]
fn a_verb_after_its_subject_or_auxiliary_starts_no_label() {
    let f = facts(
        "Police hunt arsonist after warehouse fires\n\n\
         Detectives in Harwell said they released composite sketches of a man seen near \
         the warehouse. The fires have caused criminal damage worth two million pounds, and \
         the owners, who achieved wide recognition for their cider, fear more attacks. The \
         council hopes to limit the damage by adding patrols. The composite sketches show a \
         tall man, and the criminal damage is still being counted.",
    );
    let l = labels(&f);
    for verb in ["released", "achieved", "adding", "caused"] {
        assert!(!l.iter().any(|x| x.starts_with(verb)), "{verb}: {l:?}");
    }
    assert!(l.iter().any(|x| x == "composite sketches"), "{l:?}");
}

#[test]
fn a_past_or_progressive_verb_ends_no_label() {
    let f = facts(
        "Street vendors fight parking fines\n\n\
         A red food truck sat outside the stadium for six hours before wardens issued the \
         parking fines. Vendors were using the council's permits, their lawyer said, and the \
         parking fines will be challenged in court. The council permits cost 400 pounds a \
         year.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with(" sat")), "{l:?}");
    assert!(!l.iter().any(|x| x.starts_with("using")), "{l:?}");
    assert!(l.iter().any(|x| x.contains("parking fines")), "{l:?}");
}

#[test]
fn a_clause_after_a_day_a_comma_or_an_auxiliary_gives_no_label() {
    let f = facts(
        "Police seek two men after jewellery robbery\n\n\
         Police in Dunmore late Friday released composite sketches of the two men, sparking \
         calls from shop owners for more patrols. The composite sketches had already drawn \
         hundreds of calls, police said. The jewellery robbery was the third this year, and \
         shop owners want more patrols before Christmas.",
    );
    let l = labels(&f);
    for verb in ["released", "sparking", "drawn"] {
        assert!(!l.iter().any(|x| x.starts_with(verb)), "{verb}: {l:?}");
    }
    assert!(l.iter().any(|x| x == "composite sketches"), "{l:?}");
}

#[test]
fn a_headline_verb_before_a_count_or_a_name_is_no_part_of_a_label() {
    let f = facts(
        "Parole rule frees three hundred inmates\n\n\
         A new parole rule took effect in Ohio on Monday, and prison officials released the \
         first inmates within hours. Victims' groups said the parole rule ignored their \
         views. The parole rule will be reviewed by the state senate in May.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with("frees")), "{l:?}");
    assert!(
        l.iter()
            .any(|x| x == "parole rule" || x == "new parole rule"),
        "{l:?}"
    );
    let g = facts(
        "Hawks rout Lakers 120-95 as Dunn returns\n\n\
         England rugby star Tom Hale watched from the stands as the Hawks beat the Lakers by \
         25 points. The win ended a losing streak of six games, and the losing streak had \
         cost the coach his job.",
    );
    let m = labels(&g);
    assert!(!m.iter().any(|x| x.ends_with(" rout")), "{m:?}");
    assert!(!m.iter().any(|x| x == "england rugby"), "{m:?}");
}

#[test]
fn a_linking_verb_or_a_verb_before_its_object_pronoun_ends_no_label() {
    let f = facts(
        "Will the Governor's Wife Let Him Run for Senate?\n\n\
         The governor's wife said on Monday that the Senate race would strain the family. \
         The number of voters seeking a change remains surprisingly high, a poll found, and \
         the Senate race is expected to be close.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with(" let")), "{l:?}");
    assert!(!l.iter().any(|x| x.ends_with(" remains")), "{l:?}");
}

#[test]
fn an_indefinite_pronoun_is_no_issue() {
    let f = facts(
        "Guard suspended for shove\n\n\
         The league suspended the guard for one game on Friday for pushing somebody in the \
         tunnel. The suspension cost the guard 17,000 dollars, and the team will appeal the \
         suspension, a spokesman said. The league said it had warned the guard twice.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.contains("somebody")), "{l:?}");
    assert!(l.iter().any(|x| x.contains("suspension")), "{l:?}");
}

#[test]
fn a_web_address_is_no_issue() {
    let f = facts(
        "Shops fight fake-boot sellers\n\n\
         Shoppers who bought boots from fakeboots.co.uk or www.cheapshoes.com were told on \
         Monday to ask their banks for refunds. Trading standards officers said the fake \
         boots had been sold to 4,000 people, and the refunds could take months. Details are \
         at http://example.org/refunds. http://www.tradingstandards.example Banks said the \
         refunds would be paid by May. http://www.bankhelp.example",
    );
    let l = labels(&f);
    for bit in ["co.uk", "www", "http", "cheapshoes", "example"] {
        assert!(!l.iter().any(|x| x.contains(bit)), "{bit}: {l:?}");
    }
    assert!(
        l.iter()
            .any(|x| x.contains("fake boots") || x.contains("refunds")),
        "{l:?}"
    );
}

#[test]
fn a_preposition_or_a_negated_verb_is_no_part_of_a_label() {
    let f = facts(
        "New Drug Doesn't Cut Relapse Rates\n\n\
         A new asthma drug does not cut relapse rates, a trial of 900 patients found. The \
         Falcons won the final despite injuries to three starters. Doctors said patients \
         shouldn't stop their treatment, and the maker won't withdraw the drug. The trial's \
         results will be reviewed by regulators next month.",
    );
    let l = labels(&f);
    for bit in ["despite", "n't", "n’t"] {
        assert!(!l.iter().any(|x| x.contains(bit)), "{bit}: {l:?}");
    }
    assert!(l.iter().any(|x| x.contains("relapse rates")), "{l:?}");
}

#[test]
fn page_furniture_opening_a_sentence_is_no_issue() {
    let f = facts(
        "Ferry operator fined over late sailings\n\n\
         The ferry operator was fined 2 million pounds on Monday over months of late \
         sailings. Watch Video Report. Regulators said the fine would fund passenger \
         refunds. Related stories: Ferry strike called off. Click to enlarge. The operator \
         said it would appeal the fine, and a video of the hearing was shown to the board.",
    );
    let l = labels(&f);
    for bit in ["watch", "related stories", "click", "enlarge"] {
        assert!(!l.iter().any(|x| x.contains(bit)), "{bit}: {l:?}");
    }
    assert!(l.iter().any(|x| x.contains("refunds")), "{l:?}");
}

#[test]
fn an_issue_word_in_another_sense_names_no_issue() {
    // The first label holding `word`, by rank.
    let rank = |l: &[String], word: &str| l.iter().position(|x| x.contains(word));
    // A suit of clothes where no court is named, a basketball court, a team's shooting: the
    // story's real matters rank above them.
    let f = facts(
        "Designer's autumn show divides the critics\n\n\
         The designer closed Paris fashion week with a show that split the front row. The \
         groom model wore a sharp gray suit and the finale was a copper gown. Buyers from \
         three department stores said the collection would sell, but two critics called it \
         a retreat from the label's bold years, and the house faces a sales slump in Asia.",
    );
    let l = labels(&f);
    let slump = rank(&l, "sales slump");
    assert!(
        slump.is_some() && slump < rank(&l, "suit").or(Some(99)),
        "{l:?}"
    );
    let f = facts(
        "Rangers beat Hawks despite losing captain\n\n\
         The Rangers beat the Hawks 98-91 on Saturday after their captain left with a knee \
         injury in the first quarter. After mediocre shooting in the first half, the Rangers \
         took over on the basketball court in the third quarter. The coach said the \
         captain's injury will be scanned on Monday, and the team fears a long absence \
         before the playoffs.",
    );
    let l = labels(&f);
    let injury = rank(&l, "injury");
    assert!(injury.is_some(), "{l:?}");
    for other in ["mediocre shooting", "basketball court"] {
        assert!(injury < rank(&l, other).or(Some(99)), "{other}: {l:?}");
    }
    // A footballer's fierce strike is a shot, not a walkout.
    let f = facts(
        "Town edge closer to safety\n\n\
         Town moved three points clear of the relegation zone on Saturday with a 2-1 win \
         over Rovers. A fierce strike from the winger gave Town the lead before the break, \
         and the captain's header sealed it. The manager said relegation fears remain, with \
         four of the last six games away from home.",
    );
    let l = labels(&f);
    let relegation = rank(&l, "relegation");
    assert!(
        relegation.is_some() && relegation < rank(&l, "fierce strike").or(Some(99)),
        "{l:?}"
    );
    // In a story about a lawsuit, a suit is one.
    let f = facts(
        "Tenants file suit over mould\n\n\
         Forty tenants filed a suit against their landlord on Monday, alleging that mould in \
         the tower block made children ill. Their lawyer said the court will hear the suit \
         in May. The landlord denied the claims and said repairs began last year.",
    );
    let l = labels(&f);
    assert!(l.iter().take(3).any(|x| x.contains("suit")), "{l:?}");
}

#[test]
fn a_wire_services_own_reporting_is_a_source_not_an_issue() {
    let f = facts(
        "Refinery profits still reach sanctioned regime\n\n\
         An Associated Press investigation has found that a refinery owned by the regime's \
         wealth fund still sends its profits home despite the sanctions. A Reuters poll of \
         traders shows most expect the refinery to keep operating. Lawmakers demanded a \
         freeze of the fund's assets, and the energy ministry said it would review the \
         refinery's licence next month.",
    );
    well_formed(&f);
    let l = labels(&f);
    assert!(
        !l.iter()
            .any(|x| x.contains("associated press") || x.contains("reuters")),
        "{l:?}"
    );
    assert!(
        l.iter()
            .take(4)
            .any(|x| x.contains("sanctions") || x.contains("profits")),
        "{l:?}"
    );
}

#[test]
fn a_headline_rubric_is_no_issue() {
    for rubric in ["Film review", "The Sunday interview", "Analysis"] {
        let f = facts(&format!(
            "{rubric}: a lighthouse keeper's last winter\n\n\
             The lighthouse keeper spent forty winters on the rock before the coastguard \
             automated the lamp. The film follows his last season, a storm that cut the \
             supply boat's route for a month, and his fight to keep the tower's logbooks \
             from the archive's shredder."
        ));
        let l = labels(&f);
        let first_word = rubric.rsplit(' ').next().unwrap_or(rubric).to_lowercase();
        assert!(
            !l.iter().any(|x| x.contains(&first_word)),
            "{rubric}: {l:?}"
        );
        assert!(
            l.iter()
                .any(|x| x.contains("keeper") || x.contains("lamp") || x.contains("winter")),
            "{rubric}: {l:?}"
        );
    }
}

#[test]
fn a_linking_verb_before_more_and_an_adjective_ends_no_label() {
    let f = facts(
        "Couples swap banquets for barns\n\n\
         Couples are swapping hotel banquets for barn weddings. A barn wedding feels more \
         modern than a hotel dinner, planners said. Hotels say bookings for banquets have \
         fallen by a third since 2019, and the wedding trade is changing.",
    );
    let l = labels(&f);
    assert!(!l.iter().any(|x| x.ends_with(" feels")), "{l:?}");
}

#[test]
fn a_label_never_starts_or_ends_inside_a_name_or_before_a_title() {
    let f = facts(
        "Port strike spreads\n\n\
         Dock workers in Valmora walked out on Monday, and the strike reached the \
         European Union's competition inquiry into port fees. Talks will resume on Friday, \
         the union's deputy spokesman Karel Ostrov said. Analysts said the stoppage \
         deepened Nova Terra's budget crisis. The port's owners, who rebuilt the docks after \
         World War II, declined to comment, and the union's war on temporary Valmora \
         contracts goes on.",
    );
    let l = labels(&f);
    assert!(
        !l.iter()
            .any(|x| x.starts_with("union's competition") || x.starts_with("terra's")),
        "a piece of a name: {l:?}"
    );
    assert!(
        l.iter()
            .any(|x| x.contains("european union's competition inquiry")
                || x == "competition inquiry"),
        "{l:?}"
    );
    // "deputy" of "deputy spokesman", "World War" of "World War II", "war on temporary".
    for bad in ["union's deputy", "world war", " on temporary"] {
        assert!(!l.iter().any(|x| x.ends_with(bad)), "{bad}: {l:?}");
    }
    assert!(
        !f.who.iter().any(|w| w.name.starts_with("World War")),
        "an event is no actor"
    );
}

#[test]
fn the_matter_the_headline_names_leads_the_pane() {
    let f = facts(
        "Valmora striker handed ban after tunnel row\n\n\
         Valmora's title race took another turn on Saturday. The club's title hopes rest on a \
         young squad, and the title race has three clubs within two points. The league title \
         would be the club's first in 30 years, and the manager said the title race was wide \
         open. Striker Karel Ostrov received a three-match ban from the league for his part \
         in a tunnel row after Saturday's game. Ostrov will miss the derby, and the club said \
         it would not appeal the ban. The derby is sold out.",
    );
    well_formed(&f);
    let l = labels(&f);
    let first = l.first().cloned().unwrap_or_default();
    assert!(first.contains("row") || first.contains("ban"), "{l:?}");
    // The headline's striker is the actor, not the matter.
    assert!(!first.contains("striker"), "{l:?}");
    // Salience still reads from the top down.
    let s: Vec<f32> = f.issues.iter().map(|i| i.salience).collect();
    assert!(s.windows(2).all(|w| w[0] >= w[1]), "{s:?}");
}

#[test]
fn versus_and_till_join_no_label() {
    let f = facts(
        "Brightpay vs. Brightpay Pro\n\n\
         Brightpay and Brightpay Pro are two trading platforms. Brightpay Pro has lower fees \
         than Brightpay vs. its rivals, and the cheaper plan runs till autumn. The fees matter \
         most for small trades, analysts said.",
    );
    let l = labels(&f);
    assert!(
        !l.iter().any(|x| x
            .split_whitespace()
            .any(|w| matches!(w, "vs." | "vs" | "till"))),
        "{l:?}"
    );
    assert!(l.iter().any(|x| x.contains("fees")), "{l:?}");
}

#[test]
fn words_newer_than_the_dictionary_still_name_issues() {
    // "bailout", "ceasefire" and "app" are not in WordNet 3.0; they are the story.
    let f = facts(
        "Valmora seeks bailout as talks stall\n\
         The government of Valmora asked lenders for a bailout on Monday after its bond \
         auction failed. Ministers said the bailout would cover two years of spending. \
         Opposition leaders called the bailout terms a surrender and vowed to fight them in \
         parliament. Lenders want a new budget before any money flows. Separately, a \
         ceasefire along the northern border held for a third day, and officials said the \
         ceasefire talks would resume next week. A banking app crashed for hours as savers \
         rushed to move money, and the app maker blamed heavy traffic.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 3, "bailout"), "{:?}", labels(&f));
    assert!(leads_with(&f, 6, "ceasefire"), "{:?}", labels(&f));
    // A brand written with a capital inside ("eBay") is a name, never a label's head.
    let g = facts(
        "Shoppers left eBay in droves last month, the company said. Sellers blamed rising \
         fees and slow payouts, and several sellers filed complaints about the payouts. \
         The company promised faster payouts by June and lower fees for small sellers.",
    );
    assert!(
        labels(&g).iter().all(|l| !l.ends_with("ebay")),
        "{:?}",
        labels(&g)
    );
}

#[test]
fn references_and_due_end_no_label() {
    let f = facts(
        "Rash risk of the new gout drug\n\
         Doctors reported a severe skin reaction in patients taking the new gout drug. \
         Earlier studies found the same reaction (Moreau et al. Skin reactions to gout drugs, \
         2019; Lind et al. Liver injury in gout patients, 2020). The clinic on Harbour Road was \
         closed due to the outbreak of rashes, and regulators opened a safety review of the \
         drug. The maker said the skin reaction was rare and the review would clear the drug.",
    );
    well_formed(&f);
    for l in labels(&f) {
        assert!(!l.starts_with("al.") && !l.contains("et al"), "{l}");
        assert!(!l.ends_with(" due"), "{l}");
    }
}

#[test]
fn a_place_of_a_kind_and_a_wire_note_are_no_issues() {
    // "Ostravia province" and "southern states" are places, not matters; "(Adds details,
    // background)" is the wire desk's note, not the story's.
    let text = "Floods close mines in Ostravia\n\
         (Adds details, background) KARVIN, Ostravia, May 3 (Reuters) - Floods closed four \
         coal mines in Ostravia province on Friday and forced the evacuation of 2,000 \
         miners, officials said. The floods followed a week of rain across the southern \
         states, and the mine operator said the evacuation of the deepest shafts would last \
         until June. Unions demanded an inquiry into the flood defences, which failed at two \
         mines. The government promised an inquiry and said coal exports would fall. \
         Insurers warned that flood losses in Ostravia province could reach $200 million.";
    let f = facts(text);
    well_formed(&f);
    for l in labels(&f) {
        assert!(l != "ostravia province" && l != "southern states", "{l}");
        assert!(!l.contains("details") && !l.contains("background"), "{l}");
    }
    assert!(leads_with(&f, 6, "inquiry"), "{:?}", labels(&f));
    // A place with any other word is a matter of the story.
    let g = facts(
        "Ministers plan a visit to Ostravia province next week. The visit follows floods \
         that closed four mines, and the ministers will review the flood defences. Unions \
         want the visit to include the miners' camp.",
    );
    assert!(
        labels(&g).iter().all(|l| l != "ostravia province"),
        "{:?}",
        labels(&g)
    );
}

#[test]
fn a_farm_or_a_plaza_ranks_below_the_matters_told_there() {
    // Where the farmers met and gathered is the setting; the protest over prices and the
    // price cut are what is at issue.
    let f = facts(
        "Farmers block road over milk prices\n\n\
         Dairy farmers parked tractors across the main road outside Kelby on Monday in a \
         protest over milk prices. The farmers, who met at a small farm near the town plaza, \
         said the buyers' price cut would ruin them. Police said the main road would stay \
         closed until talks between the farmers and the dairy buyers resume, and the town \
         plaza was full of tractors by noon.",
    );
    well_formed(&f);
    let l = labels(&f);
    let rank = |want: &str| l.iter().position(|x| x == want).unwrap_or(l.len());
    for setting in ["town plaza", "small farm"] {
        for matter in ["protest over milk prices", "price cut"] {
            assert!(rank(matter) < rank(setting), "{matter} / {setting}: {l:?}");
        }
    }
}

#[test]
fn a_source_or_an_actor_s_description_is_no_issue() {
    // "Harlow Market data" is where a figure comes from; "one of the country's largest
    // grain traders" and "the Lyon-based trader said" describe the company; "Dunmore's
    // lawyer, Ada Crane," describes a person. The matters are the fine and the appeal.
    let f = facts(
        "Grain trader fined over price fixing\n\
         Regulators fined Dunmore Grain $40 million on Tuesday for fixing wheat prices, one \
         of the country's largest grain traders. Wheat prices rose 12 percent last year, \
         according to Harlow Market data. The Lyon-based trader said it would appeal the \
         fine. Dunmore's lawyer, Ada Crane, said the appeal would be filed within a month. \
         Farmers' unions welcomed the fine and asked regulators to open an inquiry into \
         two other traders. The appeal could delay repayments to farmers until next year, \
         and the inquiry could bring more fines.",
    );
    well_formed(&f);
    let l = labels(&f);
    for bad in [
        "harlow market data",
        "largest grain traders",
        "lyon-based trader",
        "dunmore's lawyer",
    ] {
        assert!(!l.iter().take(6).any(|x| x.contains(bad)), "{bad}: {l:?}");
    }
    assert!(leads_with(&f, 3, "fine"), "{l:?}");
    assert!(leads_with(&f, 6, "appeal"), "{l:?}");
}

#[test]
fn an_abbreviation_with_stops_joins_no_label() {
    // "a.k.a." and "p.m." are no nouns: "Moor a.k." and "p.m. meeting" are broken labels.
    let f = facts(
        "Singer quits band\n\
         The singer Etterlene Moor a.k.a. Bunny quit the band on Monday after a dispute over \
         royalties. Moor a.k.a Bunny said the royalties dispute had lasted years, and a 9 p.m. \
         meeting with the label failed. The band said the dispute was settled and a new \
         contract would follow.",
    );
    for l in labels(&f) {
        assert!(!l.contains("a.k") && !l.contains("p.m"), "{l}");
    }
    assert!(leads_with(&f, 3, "dispute"), "{:?}", labels(&f));
}

#[test]
fn what_someone_is_accused_of_or_fears_is_an_issue() {
    // The matters here are named once each, in a frame: what the chain is accused of and
    // what the farmers fear. They rank above the story's descriptions.
    let f = facts(
        "Coffee chain under fire\n\
         The Brisa coffee chain opened its two hundredth store on Monday with a bright red \
         awning, velvet armchairs and a rooftop garden. Brisa was accused of underpaying \
         seasonal pickers in its supply chain, and growers voiced fears over falling bean \
         prices. The chain's founder, Lina Oduya, wore a white linen suit at the opening and \
         promised faster delivery vans, larger cups and a loyalty card. The new store has \
         marble counters and a children's corner with wooden toys.",
    );
    well_formed(&f);
    assert!(leads_with(&f, 6, "underpaying"), "{:?}", labels(&f));
    assert!(leads_with(&f, 6, "bean prices"), "{:?}", labels(&f));
    // A plural the dictionary does not list, of a noun that is no verb ("pickers"), is no
    // verb: the phrase keeps it.
    assert!(leads_with(&f, 6, "seasonal pickers"), "{:?}", labels(&f));
}

#[test]
fn a_noun_run_into_a_name_is_no_label() {
    // A lost "that" and a lost full stop run phrases together: "the committee Valmora
    // retail banking" and "your trousers Self-harm"; "a white Brevard sedan" is one phrase.
    let f = facts(
        "Banks tell MPs all is well\n\
         Bank chiefs told the committee Valmora retail banking was fiercely competitive, \
         but MPs questioned the fees that savers pay. The committee will publish its report \
         on retail banking fees in June, and banks face a review of switching rules. One \
         banker arrived in a white Brevard sedan. Critics said retail banking fees had \
         doubled and switching rules favoured the largest banks.",
    );
    well_formed(&f);
    for l in labels(&f) {
        assert!(!l.contains("committee valmora"), "{l}");
    }
    assert!(leads_with(&f, 6, "retail banking"), "{:?}", labels(&f));
}

#[test]
fn an_s_form_before_a_count_or_a_sum_is_a_verb() {
    // "sells 1 million units", "raises $41 million": the "-s" form is the verb, no part
    // of a label ("company sells", "photo app Lumo raises").
    let f = facts(
        "Photo app raises money as rivals cut prices\n\
         The photo app Lumo raises $41 million in its first round, its founders said on \
         Monday. The company sells 2 million subscriptions a year and faces a price war \
         with larger rivals. Investors worry about the price war and about a privacy \
         complaint filed by users last month.",
    );
    for l in labels(&f) {
        assert!(!l.ends_with(" raises") && !l.ends_with(" sells"), "{l}");
    }
    assert!(leads_with(&f, 6, "price war"), "{:?}", labels(&f));
}

#[test]
fn a_headline_passive_names_its_victim_and_labels_keep_their_heads() {
    // "shot dead": the state is no object, so the event is the envoy's shooting; the
    // compounds keep their heads ("security forces", "monsoon rains"), a name goes on
    // past its issue word ("Human Rights Watch"), a measure after its count opens no
    // label, and what did not happen ("no major clashes") is no issue.
    let f = facts(
        "Envoy shot dead in Karvel\n\
         The envoy was shot by a member of the Dravian security forces at a photography \
         exhibit. Torrential monsoon rains for the past 11 days have flooded the region. \
         Human Rights Watch said the gunman began a hunger strike. A 14 year old Dravian \
         boy has died, and the six per cent annual increase in health funding was cut. \
         State media reported that no major clashes occurred. Videos published by state \
         media show billowing flames. He told Dravian media the talks would resume.",
    );
    well_formed(&f);
    assert_first(&f, "shooting of envoy");
    let l = labels(&f);
    assert!(l.iter().any(|x| x == "dravian security forces"), "{l:?}");
    assert!(l.iter().any(|x| x == "torrential monsoon rains"), "{l:?}");
    for x in &l {
        assert!(x != "human rights" && !x.contains("clashes"), "{x}");
        assert!(!x.starts_with("cent ") && !x.starts_with("old "), "{x}");
        assert!(!x.ends_with(" show") && !x.ends_with("of dead"), "{x}");
    }
}

#[test]
fn sums_dates_and_hyphened_names_end_no_label() {
    // A currency's units are a sum; a date is no complement ("talks on Feb. 20"); a name
    // before a hyphen modifies what follows ("lawsuit against Tulsa-based Corvane"); a
    // verb after a plural compound leaves it whole ("the company's sales force applauded").
    let f = facts(
        "Miner sued over river spill\n\
         Villagers filed a lawsuit against Tulsa-based Corvane Mining over the river spill, \
         their lawyer said. The company's shares fell 37.5 Canadian cents to C$9.62, and \
         Corvane had offered 2 million francs to the villagers. The company's sales force \
         applauded the chief executive at a meeting. Both sides were expelled from peace \
         talks on Feb. 20, and the lawsuit will be heard in March. The river spill killed \
         fish for miles.",
    );
    well_formed(&f);
    let l = labels(&f);
    for x in &l {
        assert!(
            !x.ends_with('-') && !x.ends_with("feb.") && !x.ends_with("cents"),
            "{x}"
        );
        assert!(!x.ends_with("francs") && *x != "company's sales", "{x}");
    }
    assert!(
        leads_with(&f, 3, "river spill") || leads_with(&f, 3, "lawsuit"),
        "{l:?}"
    );
}

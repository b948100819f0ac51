"""Invented English news articles for measuring HTML main-text extraction.

Every sentence here was written for briefcard's tests; none is copied from any publication.
Each article: (slug, headline, author, date, [paragraphs]). Paragraphs starting with "## "
are subheadings inside the article body.
"""

ARTICLES = [
    ("grain-corridor", "Grain ships resume sailings from Odesa after insurance deal", "Olena Marchenko", "2025-02-11", [
        "Cargo ships began leaving the port of Odesa again on Tuesday after a group of European insurers agreed to cover vessels crossing the western Black Sea, ending a three-week pause that had left more than two million tonnes of grain waiting in silos.",
        "The first ship to depart, a Maltese-flagged bulk carrier loaded with maize, was expected to reach the Bosphorus by Thursday. Port officials said four more ships would follow before the weekend if the weather held.",
        "Ukraine’s deputy infrastructure minister, Taras Hrytsenko, said the insurance scheme had cut premiums by roughly half compared with January. “Shipowners told us plainly that the cost of cover, not the risk itself, was keeping them away,” he said.",
        "Traders in Rotterdam said the restart would ease pressure on feed prices in Europe, which had climbed by eight per cent since the pause began. Egyptian and Tunisian buyers, who rely heavily on Ukrainian wheat, had started to look for supplies in Argentina.",
        "## Doubts over how long the deal will last",
        "The agreement runs for ninety days and can be renewed. Some insurers have said they will withdraw if a vessel covered by the scheme is damaged, and naval officers in the region warned that sea mines remain a danger near the coast.",
        "Farmers’ groups welcomed the news but said the months of uncertainty had already cost them. “We sold at the bottom of the market because we had nowhere to store the harvest,” said Petro Kovalenko, who grows wheat and sunflowers near Mykolaiv.",
    ]),
    ("metro-strike", "Paris metro drivers vote to extend strike into second week", "Camille Besnard", "2025-03-04", [
        "Metro drivers in Paris voted on Monday evening to continue a strike over pension changes for at least another week, leaving most lines running only during rush hours and stretching the patience of commuters.",
        "The transport operator said that on Tuesday only one train in three would run on most lines, with two automated lines operating normally. Bus services were less affected, though several depots in the northern suburbs remained blocked.",
        "Union representatives said the vote had passed with a large majority at assemblies held in depots across the city. They are demanding that drivers hired before 2020 keep their earlier retirement age, a benefit the government wants to phase out.",
        "The transport minister, Élodie Marchal, called the strike “a heavy burden on people who have no other way to get to work” and said she was ready to meet union leaders again on Thursday, but only to discuss how the new rules would be introduced, not whether.",
        "Shopkeepers in central Paris said trade had fallen sharply. The owner of a bakery near the Gare de l’Est said her takings were down by a third because office workers were staying at home.",
        "Cyclists, meanwhile, have filled the city’s bike lanes. The city hall said counters on the main east-west route recorded more than 20,000 passages on Monday, almost double the usual number for early March.",
    ]),
    ("quake-relief", "Aid convoys reach mountain villages cut off by earthquake", "Arash Karimi", "2024-10-19", [
        "The first aid lorries reached villages in the mountains of western Iran on Friday, three days after an earthquake of magnitude 6.1 destroyed hundreds of homes and blocked the only road into the valley with landslides.",
        "Red Crescent workers distributed tents, blankets and drinking water in four villages where most families had been sleeping outdoors since Tuesday. Night temperatures in the area have already fallen close to freezing.",
        "Provincial officials said 27 people had died and about 400 had been injured. Many of the injured were taken by helicopter to hospitals in Kermanshah before the road was reopened by bulldozers working through the night.",
        "“We lost our house, our barn and half of our sheep in less than a minute,” said Fereshteh Moradi, a farmer who was sheltering with her three children in a tent near the village school. “We are alive, and now we need to think about winter.”",
        "Engineers said many of the houses that collapsed were built of mud brick without reinforcement. The government has promised low-interest loans for rebuilding, but villagers said similar promises after an earlier earthquake in 2017 were only partly kept.",
    ]),
    ("central-bank", "Central bank holds rates but signals cut before summer", "Hannah Whitfield", "2025-01-30", [
        "The central bank kept its main interest rate unchanged at 4.25 per cent on Thursday but said it expected to lower borrowing costs before the summer if inflation continued to ease as forecast.",
        "Seven of the nine members of the monetary policy committee voted to hold, while two voted for an immediate cut of a quarter point. It was the first split vote since the bank began raising rates three years ago.",
        "Governor Marcus Ellery told a news conference that price growth in services remained “uncomfortably high” but that the labour market was cooling. Annual inflation fell to 2.8 per cent in December, its lowest level since early 2021.",
        "Markets reacted calmly. The currency slipped slightly against the dollar and the euro, and the yield on two-year government bonds fell by five basis points as investors brought forward their bets on a cut in May.",
        "## Mortgage holders wait",
        "Mortgage brokers said many homeowners whose fixed deals expire this year were holding off on new loans in the hope of better rates. Lenders have already trimmed some fixed-rate offers in recent weeks, anticipating the bank’s move.",
        "Business groups urged the bank not to wait too long. “Firms are postponing investment because credit is expensive, and every month of delay makes the slowdown harder to reverse,” said Priya Natarajan of the Federation of Small Employers.",
    ]),
    ("coral-survey", "Divers find signs of recovery on bleached reef", "Tevita Fifita", "2024-12-09", [
        "Scientists surveying a coral reef off the coast of Tonga have found young corals growing on patches that were bleached white two years ago, a rare piece of good news for reefs in the South Pacific.",
        "The team of divers, from a university marine institute and the fisheries ministry, counted new colonies at nine of the twelve sites they examined during a two-week expedition that ended on Sunday.",
        "“Recovery is slow and it is fragile, but it is real,” said Dr. Seini Taufa, the marine biologist who led the survey. She said the reef had benefited from two cooler summers and from a ban on fishing in part of the lagoon.",
        "Not all sites were improving. Near a village where sewage flows into the sea, the divers found algae smothering the reef, and fishermen there reported smaller catches than a decade ago.",
        "The government said it would use the findings to decide whether to extend the protected area, which currently covers about a fifth of the lagoon. A decision is expected before the end of March.",
    ]),
    ("election-count", "Recount ordered in tight mayoral race", "Diego Salazar", "2025-04-22", [
        "Election officials ordered a full recount on Monday in the mayoral race in Valparaíso after the final tally showed the two leading candidates separated by just 312 votes out of more than 140,000 cast.",
        "The incumbent, Francisca Ortúzar, finished narrowly ahead of her challenger, the former port workers’ leader Rodrigo Pizarro, according to the count released on Sunday night. Both candidates had claimed victory earlier in the evening.",
        "Chile’s electoral service said the recount would begin on Wednesday and could take up to ten days. Observers from both campaigns will be present at every table, and ballots declared invalid on election night will be examined again.",
        "Pizarro’s campaign said it had received reports of polling stations in the hills above the city closing before all voters in line had been allowed to cast their ballots. The electoral service said it had no evidence of that but would review the complaints.",
        "Ortúzar told supporters she was confident the result would stand. “Every vote will be counted again, and that is how it should be in a democracy,” she said outside the town hall.",
    ]),
    ("heatwave-india", "Schools close early as heatwave grips northern India", "Ananya Iyer", "2024-05-27", [
        "Several states in northern India ordered schools to close two weeks before the start of the summer holidays as temperatures climbed above 46 degrees Celsius for a fifth consecutive day.",
        "The weather department issued its highest alert for parts of Rajasthan, Punjab and Haryana and said the heat was likely to continue until the end of the week, when pre-monsoon showers could bring some relief.",
        "Hospitals in Delhi reported a rise in patients with heatstroke, most of them labourers and street vendors who work outdoors. The city government set up cooling shelters at bus terminals and extended the opening hours of public parks into the night.",
        "Electricity demand in the capital reached a record on Sunday afternoon, and several neighbourhoods suffered power cuts lasting several hours. The power minister said supply had been increased and asked offices to set air conditioners no lower than 24 degrees.",
        "Farmers said the heat was damaging vegetable crops and reducing milk yields. “The buffaloes do not eat in this heat, and so they give less milk,” said Ramesh Chaudhary, a dairy farmer near Rohtak.",
    ]),
    ("museum-return", "Museum agrees to return bronze sculptures to Nigeria", "Chidi Okafor", "2025-05-15", [
        "A museum in Germany has agreed to return 21 bronze sculptures to Nigeria, more than a century after they were taken from the royal palace in Benin City by British soldiers.",
        "The agreement, signed on Wednesday in Berlin, transfers ownership of the objects to the Nigerian state immediately. Some of the sculptures will remain on loan in Germany for up to three years while a new museum is completed in Benin City.",
        "Nigeria’s culture minister, Hadiza Bello, described the signing as “a day of healing” and thanked German officials for what she called an honest look at the history of their collections.",
        "The director of the museum said research into the origin of other objects from West Africa would continue. Curators have identified about 300 further items whose provenance is unclear.",
        "Some historians welcomed the return but said it had come too slowly. Others in Nigeria have questioned who should hold the bronzes once they arrive, the federal government or the royal court of Benin, a debate the agreement does not settle.",
    ]),
    ("rail-tunnel", "Engineers break through on Alpine rail tunnel", "Luca Bernasconi", "2025-06-06", [
        "Tunnel boring machines digging from Italy and Austria met deep under the Alps on Thursday, completing the excavation of the main bore of a rail tunnel designed to move freight off mountain roads.",
        "The two machines, which started more than four kilometres apart last spring, met with a deviation of less than three centimetres, the project company said. Workers from both sides shook hands through the opening before a brief ceremony.",
        "The tunnel, about 55 kilometres long, is scheduled to open to trains in 2032. When finished, it is expected to carry up to 400 trains a day and to shorten the journey between Munich and Verona by about an hour.",
        "Environmental groups in the Tyrol valley have long campaigned for the project, saying the motorway over the pass carries more than two million lorries a year. They warned, however, that access lines on the German side are still years behind schedule.",
        "## Costs rising",
        "The budget for the project has grown to about 10.5 billion euros, roughly a third more than first estimated, largely because of difficult rock conditions and higher prices for steel and energy. The European Union pays about 40 per cent of the cost.",
    ]),
    ("water-rationing", "Capital introduces water rationing as reservoirs run low", "Sofía Gutiérrez", "2024-04-12", [
        "Authorities in Bogotá began rationing water on Thursday, cutting supply to different districts of the city for 24 hours at a time after months of low rainfall left the main reservoirs at their lowest level in decades.",
        "The mayor said each neighbourhood would be without water roughly once every nine days under a rotating schedule published online. Hospitals, schools and fire stations are exempt from the cuts.",
        "The main reservoir system was at 16 per cent of capacity on Wednesday, according to the water company. Meteorologists said the weather pattern that had reduced rainfall was weakening but that reservoirs would take months to refill.",
        "Residents queued at shops to buy plastic barrels and bottled water. “We fill every pot in the house the night before,” said Marta Lucía Rincón, a retired teacher in the southern district of Kennedy. “It is tiring, but we understand why they have to do it.”",
        "Officials also asked people to take shorter showers and to stop washing cars, and said fines would be imposed on households that used far more than the average. Consumption fell by about six per cent in the first week of the campaign, short of the target of ten.",
    ]),
]

using EditLint.Diagnostics;
using EditLint.Documents;
using EditLint.Engine;
using EditLint.Readers;
using EditLint.Checks.Figures;
using EditLint.Tests.Testing;
using EditLint.Text;

namespace EditLint.Tests.Rules;

public sealed class InconsistentFiguresRuleTests
{
    private static readonly RuleTester Tester = RuleTester.For<InconsistentFiguresRule>();

    private static Task Verify(string body) => Tester.VerifyAsync($"---\ndate: 2025-02-26\n---\n\n{body}\n");

    // Must fire: one referent, two values.

    [Fact]
    public Task A_total_that_disagrees_with_the_count_at_a_time_is_a_check() =>
        Verify("Guarding the frontier would take about 40,000 officers at a time, rotated every few months, requiring [|90,000|] in total.");

    [Fact]
    public Task At_any_one_time_against_altogether() =>
        Verify("Protecting the pipeline needs roughly 2,000 guards at any one time, or [|6,000|] altogether.");

    [Fact]
    public Task At_once_against_in_total() =>
        Verify("The ferry can carry 800 passengers at once, and [|2,400|] in total.");

    [Fact]
    public Task At_its_peak_against_overall() =>
        Verify("The festival drew 30,000 visitors at its peak and [|45,000|] overall.");

    [Fact]
    public Task Two_definite_totals_of_the_same_homes() =>
        Verify("The storm destroyed the 120 homes on the north coast of the island. Volunteers are now rebuilding the [|150|] homes on the north coast of the island.");

    [Fact]
    public Task The_same_verb_over_the_same_people() =>
        Verify("The blast killed 23 people at the central market. Officials said the central market blast killed [|32|] people.");

    [Fact]
    public Task A_compound_measure_repeated_with_another_value() =>
        Verify("Soldiers patrol the 1,000-mile border with the neighbouring state every day. Drones patrol the [|1,200-mile|] border with the neighbouring state at night.");

    [Fact]
    public Task All_the_member_states_against_the_member_states() =>
        Verify("All 27 member states of the bloc must approve the deal. Diplomats said the [|26|] member states of the bloc had not yet approved the deal.");

    [Fact]
    public Task Troops_and_soldiers_are_the_same_thing() =>
        Verify("The plan would send 5,000 troops to the eastern border region. Under the plan, sending [|8,000|] soldiers to the eastern border region would take a month.");

    [Fact]
    public Task An_approximation_that_cannot_cover_the_other_figure() =>
        Verify("The closure cost around 400 workers at the plant their jobs. The union said the closure of the plant cost [|900|] workers their jobs.");

    [Fact]
    public Task Numbers_in_words() =>
        Verify("The fire forced twelve families from the tower block. Firefighters said the fire forced [|twenty|] families from the tower block.");

    [Fact]
    public Task More_than_against_fewer_than() =>
        Verify("More than 500 patients waited at the hospital emergency department overnight. Managers said fewer than [|300|] patients waited at the hospital emergency department overnight.");

    [Fact]
    public Task A_date_on_one_mention_only_does_not_separate_them() =>
        Verify("The airline cancelled 140 flights at the main airport on Friday. The airline said it had cancelled [|410|] flights at the main airport.");

    [Fact]
    public Task Definite_villages_reached_by_the_drive() =>
        Verify("The vaccine drive reached the 60 villages in the northern district. By March the drive had reached the [|45|] villages in the northern district, officials said.");

    [Fact]
    public Task Each_later_mention_that_disagrees_is_reported() =>
        Verify("The storm destroyed the 120 homes on the north coast of the island. Volunteers are rebuilding the [|150|] homes on the north coast of the island. Insurers will pay for the [|90|] homes on the north coast of the island.");

    [Fact]
    public Task Figures_in_different_paragraphs() =>
        Verify("The blast killed 23 people at the central market.\n\nWitnesses described the scene.\n\nOfficials later confirmed the central market blast killed [|32|] people.");

    [Fact]
    public Task Emphasis_around_the_figure_keeps_the_exact_span() =>
        Verify("The storm destroyed the 120 homes on the north coast of the island. Volunteers are now rebuilding the **[|150|]** homes on the north coast of the island.");

    [Fact]
    public Task A_range_that_does_not_cover_the_other_figure() =>
        Verify("The storm sank between 10 and 15 ships off the northern coast. Coastguards said the storm sank [|30|] ships off the northern coast.");

    [Fact]
    public Task A_total_of_against_at_a_time() =>
        Verify("The stadium holds 60,000 fans at a time and has welcomed a total of [|1.2 million|] this season.");

    // Must not fire.

    [Fact]
    public Task The_same_value_in_words_and_numerals_is_consistent() =>
        Verify("The storm destroyed the 12 homes on the north coast of the island. Volunteers are rebuilding the twelve homes on the north coast of the island.");

    [Fact]
    public Task The_same_value_twice_is_consistent() =>
        Verify("The 32 member states of the alliance met in the capital. Leaders of all 32 member states of the alliance signed the text.");

    [Fact]
    public Task Different_things_counted_never_pair() =>
        Verify("The army sent 500 soldiers to the border region. The army sent 40 tanks to the border region.");

    [Fact]
    public Task A_change_is_not_a_contradiction() =>
        Verify("The toll from the flood in the valley rose to 30 people, officials said. Earlier, officials said the flood in the valley killed 20 people.");

    [Fact]
    public Task Up_from_is_a_comparison() =>
        Verify("Police arrested 40 protesters near parliament, up from 25 protesters arrested near parliament a day before.");

    [Fact]
    public Task A_further_amount_is_an_addition() =>
        Verify("The council hired 50 teachers for the new schools in the town. The council will hire a further 20 teachers for the new schools in the town.");

    [Fact]
    public Task Part_of_a_group_is_not_the_group() =>
        Verify("The crash injured 30 passengers on the coastal train. Twelve of them were taken to hospital from the coastal train.");

    [Fact]
    public Task An_approximation_that_covers_the_other_figure() =>
        Verify("The crash injured about 100 passengers on the train to the coast. Rescuers said the crash injured 96 passengers on the train to the coast.");

    [Fact]
    public Task A_range_that_covers_the_other_figure() =>
        Verify("The storm sank between 10 and 15 ships off the northern coast. Coastguards said the storm sank 12 ships off the northern coast.");

    [Fact]
    public Task A_rounded_figure_covers_the_exact_one() =>
        Verify("The city has 2.5 million residents in its metropolitan area. Census data show the city has 2,512,000 residents in its metropolitan area.");

    [Fact]
    public Task Different_years_are_different_things() =>
        Verify("The factory made 5,000 cars at the northern plant in 2019. The factory made 7,000 cars at the northern plant in 2020.");

    [Fact]
    public Task Different_places_are_different_things() =>
        Verify("The charity fed 300 families in Leeds during the winter months. The charity fed 500 families in York during the winter months.");

    [Fact]
    public Task Different_subjects_are_different_things() =>
        Verify("In the spring, Toyota exported 1.2 million cars to European markets. In the spring, Nissan exported 1.0 million cars to European markets.");

    [Fact]
    public Task Parallel_breakdowns_are_parts_of_different_wholes() =>
        Verify("The first convoy carried 40 trucks, 12 tankers and 300 soldiers to the front line. A second convoy carried 25 trucks, 8 tankers and 200 soldiers to the front line.");

    [Fact]
    public Task A_rate_against_a_count_without_a_qualifier_is_not_paired() =>
        Verify("The plant makes 5,000 cars a year, 20,000 since it opened.");

    [Fact]
    public Task An_elliptical_part_of_a_total_is_not_paired() =>
        Verify("The firm will cut 5,000 jobs, 3,000 in Britain.");

    [Fact]
    public Task An_elliptical_figure_without_qualifiers_is_not_paired() =>
        Verify("The storm damaged 400 homes, and destroyed 90.");

    [Fact]
    public Task Subheadings_are_not_compared() =>
        Verify("The storm destroyed the 120 homes on the north coast of the island.\n\n## Volunteers rebuild the 150 homes on the north coast of the island\n\nWork starts on Monday.");

    // The headline against the body: a headline restates the story's figure, which the body must repeat.

    private static Task VerifyTitled(string title, string body) =>
        Tester.VerifyAsync($"---\ntitle: \"{title}\"\ndate: 2025-02-26\n---\n\n{body}\n");

    [Fact]
    public Task A_headline_amount_the_body_states_otherwise() =>
        VerifyTitled("Shell seals $6bn gas deal with Qatar", "Shell has signed a [|$9bn|] deal with Qatar to supply liquid natural gas.");

    [Fact]
    public Task A_headline_count_in_a_first_level_heading() =>
        Verify("# Earthquake injures 29 people in the south\n\nAn earthquake struck the south on Friday, injuring [|25|] people and damaging churches.");

    [Fact]
    public Task A_headline_percentage() =>
        VerifyTitled("Airline shares plummet 20% after warning", "Shares in the budget airline plunged [|25%|] after it warned of a fall in profits.");

    [Fact]
    public Task A_headline_age_with_the_name() =>
        VerifyTitled("Broadcaster Jane Smith dies aged 92", "The broadcaster Jane Smith has died aged [|91|], her family said.");

    [Fact]
    public Task A_mistyped_headline_figure_among_many_body_figures() =>
        VerifyTitled("Airline shares plummet 24% after warning", "Shares in the budget airline fell [|21%|] after it warned profits would fall 40%. Rivals lost 3% and 5%.");

    [Fact]
    public Task A_headline_figure_one_digit_from_an_unrelated_body_figure_is_not_compared() =>
        VerifyTitled("Airline shares plummet 24% after warning", "Shares in the budget airline fell 24% after the warning. Its fuel bill rose 21% last year.");

    [Fact]
    public Task A_headline_figure_the_body_repeats_is_consistent() =>
        VerifyTitled("Shell seals $6bn gas deal with Qatar", "Shell has signed a $6bn deal with Qatar. It follows a $9bn deal with Oman last year.");

    [Fact]
    public Task A_headline_figure_the_body_repeats_in_other_words_is_consistent() =>
        VerifyTitled("Virus deaths surpass 100,000 in the country", "The number of deaths surpassed 100,000 on Wednesday, after 37,542 deaths in the capital alone.");

    [Fact]
    public Task A_headline_that_rounds_the_body_figure_is_consistent() =>
        VerifyTitled("Migrants send $16bn home", "Migrant workers sent a record $16.6bn home last year, the bank said.");

    [Fact]
    public Task A_headline_that_states_a_difference_of_body_figures_is_consistent() =>
        VerifyTitled("Telecoms firm in $300m profit revision", "The firm said it had made $434m, against the $732m it reported before the audit.");

    [Fact]
    public Task A_headline_upper_bound_the_body_keeps_is_consistent() =>
        VerifyTitled("Disaster claims 'less than $10bn'", "The reinsurer said total claims were likely to be less than $10bn.");

    [Fact]
    public Task A_headline_upper_bound_the_body_states_otherwise() =>
        VerifyTitled("Disaster claims 'less than $40bn'", "The reinsurer said total claims were likely to be less than [|$10bn|].");

    [Fact]
    public Task A_headline_count_the_body_states_only_as_a_lower_bound() =>
        Verify("# Earthquake injures 55 people in the south\n\nAn earthquake struck the south on Friday, injuring at least [|25|] people.");

    [Fact]
    public Task A_headline_lower_bound_that_covers_the_body_is_consistent() =>
        VerifyTitled("Gunman kills more than 20 people at a store", "A gunman killed 22 people at a store in the city on Saturday.");

    [Fact]
    public Task A_headline_age_against_someone_else_s_age_is_not_compared() =>
        VerifyTitled("Radio host dies aged 79", "His son, who joined the family ranch at age 10, said he would carry on its work.");

    // Death tolls however phrased.

    [Fact]
    public Task A_death_toll_stated_twice() =>
        Verify("The blast at the central market killed 17 people. Rescuers at the central market said the blast left [|71|] people dead.");

    [Fact]
    public Task A_revised_death_toll_is_explained() =>
        Verify("The blast at the central market killed 17 people. By Friday the toll from the blast at the central market rose to 71.");

    [Fact]
    public Task Two_events_with_their_own_tolls_are_not_compared() =>
        Verify("A bomb at the central market killed 17 people. In a separate attack, gunmen killed 71 people at a northern checkpoint.");

    // Explained differences: roles in a change, projections, other times and places.

    [Fact]
    public Task The_size_of_a_change_is_not_the_level_it_reached() =>
        Verify("The factory's output of cars rose 400 cars in March. The factory's output of cars rose to 9,000 cars in the spring.");

    [Fact]
    public Task A_projection_is_not_the_outcome() =>
        Verify("The harvest target of 232 million tonnes of grain will be hard to meet, the ministry said. The ministry said the harvest brought in 210 million tonnes of grain.");

    [Fact]
    public Task A_time_on_one_and_a_place_on_the_other_still_pair() =>
        Verify("In 2020 the storm destroyed the 120 homes on the north coast of the island. Volunteers in Harbourtown are rebuilding the [|150|] homes on the north coast of the island.");

    [Fact]
    public Task Parallel_sentences_about_two_things_are_not_restatements() =>
        Verify("Last year's maize harvest totalled 12.8 million tonnes, according to official figures. Last year's soybean harvest totalled 7.1 million tonnes, according to official figures.");

    [Fact]
    public Task Durations_that_name_kinds_of_things_are_not_compared() =>
        Verify("The average price for the three-month bills was 98.488 in the auction. The average price for the six-month bills was 96.926 in the auction.");

    [Fact]
    public Task A_series_in_one_sentence_is_not_a_restatement() =>
        Verify("Stocks of distillate fell 2.89 million barrels to 136.5 million barrels in the week. Stocks of distillate fell 250,000 barrels in the week before.");

    [Fact]
    public Task Labels_are_not_figures() =>
        Verify("Article 5 of the treaty binds the members of the alliance. Article 6 of the treaty binds the members of the alliance too.");

    [Fact]
    public Task Years_are_not_figures() =>
        Verify("The bridge over the river opened in 1994. The bridge over the river closed in 2014.");

    [Fact]
    public Task Money_pairs_and_compound_modifiers_from_the_seed_do_not_fire() =>
        Verify("Stationing soldiers along the 1,000-mile border would be costly. The country offered to buy an extra $90bn (£66.6bn) in weapons.");

    [Fact]
    public Task Shares_of_that_and_a_further_share_do_not_fire() =>
        Verify("The force would need 300,000 soldiers in total. The army would make up 10% of that, with its ally able to contribute a further 10%.");

    [Fact]
    public Task Generic_counts_do_not_pair() =>
        Verify("Police in the city said he had been arrested three times by officers in the city. Court records in the city say officers arrested him five times.");

    [Fact]
    public Task Different_modifiers_count_different_groups() =>
        Verify("The ministry sent 500 reserve soldiers to the border region. The ministry sent 800 regular soldiers to the border region.");

    [Fact]
    public Task A_comparison_with_than_is_not_a_contradiction() =>
        Verify("The new ferry carries 800 passengers across the strait, more than the 600 passengers the old ferry carried across the strait.");

    [Fact]
    public Task Two_figures_in_one_sentence_are_a_contrast() =>
        Verify("The school teaches 300 pupils in the main building and 200 pupils in the annexe.");

    [Fact]
    public Task Different_verbs_over_indefinite_counts_are_different_facts() =>
        Verify("Police arrested 20 people at the rally in the square. The rally in the square left 35 people injured.");

    [Fact]
    public Task Figures_that_share_only_the_noun_are_different_facts() =>
        Verify("The blast killed 23 people at the market. A second attack killed 12 people on a bus.");

    [Fact]
    public Task Ages_are_not_compared_as_counts() =>
        Verify("The driver, 45, was unhurt. A passenger, 62, was taken to hospital.");

    [Fact]
    public Task Scores_are_not_figures() =>
        Verify("The home side won 3-1 in the league. The away side won 2-0 in the cup.");

    [Fact]
    public Task Phone_numbers_are_not_figures() =>
        Verify("Call 020 7946 0000 for the helpline. The helpline number is 020 7946 0001.");

    [Fact]
    public Task Percentages_of_different_wholes_are_not_compared() =>
        Verify("Turnout in the city was 61%. Turnout in the suburbs was 48%.");

    // The message and severity.

    [Fact]
    public void The_check_names_both_figures_their_qualifiers_and_ratio_as_info()
    {
        var finding = Assert.Single(Run("Guarding the frontier would take about 40,000 officers at a time, rotated every few months, requiring 120,000 in total."));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("Check that these figures agree", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'120,000 in total'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'about 40,000 officers at a time'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3×", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Compared with", finding.Properties.Keys.ElementAt(1));
    }

    [Fact]
    public void A_difference_nothing_explains_is_a_warning()
    {
        var finding = Assert.Single(Run("The storm destroyed the 120 homes on the north coast of the island. Volunteers are now rebuilding the 150 homes on the north coast of the island."));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("Figures disagree: '150 homes' and '120 homes' (line 5) both count homes, 25% apart", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Run(string body) => Tester.Run($"---\ndate: 2025-02-26\n---\n\n{body}\n");
}

using EditLint.Semantics.Figures;
using EditLint.Tests.Testing;

namespace EditLint.Tests.Semantics;

// Which figures state one fact twice, and how figures compare: the facts EL2001 reports on.
public sealed class FigureRestatementsTests
{
    private static IReadOnlyList<FigureRestatements.Restatement> Restatements(string prose)
    {
        var model = ProseModel.Of(prose);
        return FigureRestatements.Find(model.HeadlineFigures, model.Figures);
    }

    [Fact]
    public void Figures_are_grouped_by_what_they_are_headline_first_and_a_figure_alone_in_its_group_is_left_out()
    {
        var model = ProseModel.Of("# Quake injures 29 people\n\nThe quake injured 35 people and cost $4m. It destroyed 12 homes.\n\nRepairs will cost $6m, up from $2m.");
        var groups = FigureRestatements.Groups(model.HeadlineFigures, model.Figures).ToList();

        // The homes are alone in their group; "up from $2m" is what the figure is compared with, not a statement.
        Assert.Equal(["count person", "money USD"], groups.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.Equal([29m, 35m], groups.Single(g => g.Key == "count person").Members.Select(f => f.Value));
        Assert.True(groups[0].Members[0].IsHeadline);
        Assert.Equal([4_000_000m, 6_000_000m], groups.Single(g => g.Key == "money USD").Members.Select(f => f.Value));
        Assert.All(groups, g => Assert.DoesNotContain(g.Body.Figures, f => f.IsHeadline));
    }

    [Fact]
    public void The_headline_figure_the_body_does_not_repeat_is_tied_to_the_lede_figure()
    {
        var restatement = Assert.Single(Restatements("# Quake injures 29 people in the south\n\nA quake struck the south, injuring 35 people.\n\nIt injured 3 people in 2019."));
        Assert.Equal((29m, 35m), (restatement.Figure.Value, restatement.Other.Value));
        Assert.Equal(RestatementEvidence.Headline, restatement.Evidence);
    }

    [Fact]
    public void Two_equally_tied_body_figures_leave_the_headline_untied()
    {
        Assert.Single(Restatements("# Firm pays £154m compensation\n\nThe firm pays savers £194m compensation."));
        Assert.Empty(Restatements("# Firm pays £260m compensation\n\nThe firm pays savers £194m compensation and banks £350m compensation."));
    }

    [Fact]
    public void A_headline_figure_one_digit_from_a_body_figure_is_tied_to_it_as_mistyped()
    {
        var restatement = Assert.Single(Restatements("# Firm pays £154m compensation\n\nThe firm pays savers £194m compensation and banks £350m compensation."));
        Assert.Equal((154_000_000m, 194_000_000m, RestatementEvidence.Mistyped), (restatement.Figure.Value, restatement.Other.Value, restatement.Evidence));
    }

    [Fact]
    public void A_mistyped_headline_figure_is_tied_even_where_two_body_figures_add_up_to_it()
    {
        // 102.6 + 81.8 is 184.4, within 1% of 182.6: a sum by chance does not explain a figure one digit from the lede's.
        var restatement = Assert.Single(Restatements("# Argentina closes $182.6bn debt swap\n\nArgentina has closed the $102.6bn debt restructuring offer.\n\nThe country defaulted on $102.6bn of debt, based on the original debt of $81.8bn plus interest."));
        Assert.Equal((182_600_000_000m, RestatementEvidence.Mistyped), (restatement.Figure.Value, restatement.Evidence));
    }

    [Theory]
    [InlineData("$182.6bn", "$102.6bn", true)]
    [InlineData("6.38%", "6.08%", true)]
    [InlineData("1,234 people", "1,324 people", true)]
    [InlineData("20%", "22%", true)]
    [InlineData("20%", "200%", false)]
    [InlineData("182 people", "190 people", false)]
    [InlineData("5 people", "8 people", false)]
    [InlineData("$1.3bn", "$1.3m", false)]
    public void Figures_one_digit_apart_read_as_one_mistyped(string a, string b, bool apart)
    {
        var figures = ProseModel.Of($"It was {a}. It was {b}.").Figures;
        Assert.Equal(2, figures.Count);
        Assert.Equal(apart, FigureAgreement.OneDigitApart(figures[0], figures[1]));
    }

    [Fact]
    public void A_later_count_is_tied_to_the_first_statement_of_its_fact()
    {
        var restatements = Restatements("The storm destroyed the 120 homes on the north coast of the island. Volunteers rebuild the 150 homes on the north coast of the island. Insurers pay for the 90 homes on the north coast of the island.");
        Assert.Equal([(150m, 120m), (90m, 120m)], restatements.Select(r => (r.Figure.Value, r.Other.Value)));
        Assert.All(restatements, r => Assert.Equal(RestatementEvidence.Referent, r.Evidence));
    }

    [Fact]
    public void An_elliptical_total_is_tied_to_the_count_at_a_time()
    {
        var restatement = Assert.Single(Restatements("The plan needs about 40,000 officers at a time, requiring 120,000 in total."));
        Assert.Equal(RestatementEvidence.Ellipsis, restatement.Evidence);
    }

    [Theory]
    [InlineData("The blast killed 17 people.", true)]
    [InlineData("The blast left 17 people dead.", true)]
    [InlineData("Officials named the 71 dead.", true)]
    [InlineData("There were 12 deaths in the fire.", true)]
    [InlineData("The blast injured 17 people.", false)]
    public void Reads_death_tolls_however_phrased(string prose, bool toll) =>
        Assert.Equal(toll, FigureRestatements.IsDeathToll(Assert.Single(ProseModel.Of(prose).Figures)));

    [Theory]
    [InlineData("The deal cost $1.3bn. Another cost $1.4bn.", false)]
    [InlineData("The deal cost $1.3bn. Another cost $1.30bn.", true)]
    [InlineData("The deal cost about $1.3bn. Another cost $1.25bn.", true)]
    [InlineData("The crowd of 12 left. Twelve stayed.", true)]
    public void Rounded_figures_agree_only_when_their_values_can_be_one(string prose, bool agree)
    {
        var figures = ProseModel.Of(prose).Figures;
        Assert.Equal(agree, FigureAgreement.Agree(figures[0], figures[1]));
    }

    [Theory]
    [InlineData("Claims were less than $10bn. Later claims were less than $40bn.", false)]
    [InlineData("Claims were less than $10bn. Later claims were less than $10bn.", true)]
    [InlineData("Claims were less than $10bn. Later claims were $4bn.", true)]
    public void Two_figures_qualified_alike_must_state_one_value(string prose, bool agree)
    {
        var figures = ProseModel.Of(prose).Figures;
        Assert.Equal(agree, FigureRestatements.Agree(figures[0], figures[1]));
    }

    [Theory]
    [InlineData("6,770 people came.", 3)]
    [InlineData("It cost $9bn.", 1)]
    [InlineData("It cost 1.805 billion dlrs.", 4)]
    [InlineData("Some 400 people came.", 1)]
    public void Counts_significant_digits(string prose, int digits) =>
        Assert.Equal(digits, FigureRestatements.SignificantDigits(Assert.Single(ProseModel.Of(prose).Figures)));
}

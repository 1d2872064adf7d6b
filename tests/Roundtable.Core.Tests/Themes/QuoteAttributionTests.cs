using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class QuoteAttributionTests
{
    private static readonly Guid Speaker = Guid.CreateVersion7();

    private static Membership Member(QuoteConsent consent, Naming naming, string? jobRole = "Peer support worker", string? organisation = "Harbour Trust") =>
        new()
        {
            PersonId = Speaker, QuoteConsent = consent, Naming = naming, JobRole = jobRole, Organisation = organisation,
            Person = new Person { Id = Speaker, DisplayName = "Robin Quay" },
        };

    private static Contribution Said(bool anonymous = false, Guid? guest = null, ContributionKind kind = ContributionKind.Text, Guid? spokenBy = null) =>
        new() { Id = Guid.CreateVersion7(), PersonId = guest is null ? Speaker : null, GuestId = guest, Anonymous = anonymous, Kind = kind, SpokenById = spokenBy, Text = "We waited months." };

    [Theory]
    [InlineData(Naming.FullName, "Robin Quay")]
    [InlineData(Naming.FirstName, "Robin")]
    public void ByNameConsent_AndNamed_GivesTheNameAsTheyChose(Naming naming, string expected)
    {
        Assert.Equal(new Attribution(AttributedBy.Name, expected), QuoteAttribution.For(Said(), Member(QuoteConsent.ByName, naming)));
    }

    [Fact]
    public void ByNameConsent_ButKnownByRoleOnly_GivesTheRole()
    {
        Assert.Equal(new Attribution(AttributedBy.Role, "Peer support worker, Harbour Trust"), QuoteAttribution.For(Said(), Member(QuoteConsent.ByName, Naming.RoleOnly)));
    }

    [Theory]
    [InlineData(Naming.FullName)]
    [InlineData(Naming.RoleOnly)]
    public void ByRoleConsent_GivesTheRoleNeverTheName(Naming naming)
    {
        Assert.Equal(new Attribution(AttributedBy.Role, "Peer support worker, Harbour Trust"), QuoteAttribution.For(Said(), Member(QuoteConsent.ByRole, naming)));
    }

    [Fact]
    public void ByRoleConsent_WithNoRoleGiven_GivesNone()
    {
        Assert.Equal(Attribution.None, QuoteAttribution.For(Said(), Member(QuoteConsent.ByRole, Naming.FullName, jobRole: null, organisation: null)));
    }

    [Theory]
    [InlineData(QuoteConsent.NotQuoted, Naming.FullName)]
    [InlineData(QuoteConsent.ByName, Naming.NotNamed)]
    [InlineData(QuoteConsent.ByRole, Naming.NotNamed)]
    public void NoConsent_OrNotNamed_GivesNone(QuoteConsent consent, Naming naming)
    {
        Assert.Equal(Attribution.None, QuoteAttribution.For(Said(), Member(consent, naming)));
    }

    [Fact]
    public void Anonymous_GivesNone_WhateverTheyConsentedTo()
    {
        Assert.Equal(Attribution.None, QuoteAttribution.For(Said(anonymous: true), Member(QuoteConsent.ByName, Naming.FullName)));
    }

    [Fact]
    public void Guest_GivesNone()
    {
        Assert.Equal(Attribution.None, QuoteAttribution.For(Said(guest: Guid.CreateVersion7()), null));
    }

    [Fact]
    public void NoMembership_GivesNone()
    {
        Assert.Equal(Attribution.None, QuoteAttribution.For(Said(), null));
    }

    [Fact]
    public void Spoken_IsPutDownToTheSpeakerNotTheScribe()
    {
        var scribe = Guid.CreateVersion7();
        var spoken = new Contribution { Id = Guid.CreateVersion7(), PersonId = scribe, Kind = ContributionKind.Spoken, SpokenById = Speaker, Text = "Said aloud." };

        Assert.Equal(Speaker, QuoteAttribution.SpeakerOf(spoken));
        Assert.Equal(new Attribution(AttributedBy.Name, "Robin Quay"), QuoteAttribution.For(spoken, Member(QuoteConsent.ByName, Naming.FullName)));
    }

    [Fact]
    public void SpokenBySomeoneNotNamed_GivesNone()
    {
        var spoken = new Contribution { Id = Guid.CreateVersion7(), PersonId = Speaker, Kind = ContributionKind.Spoken, Anonymous = true, Text = "Said aloud." };

        Assert.Equal(Attribution.None, QuoteAttribution.For(spoken, Member(QuoteConsent.ByName, Naming.FullName)));
    }
}

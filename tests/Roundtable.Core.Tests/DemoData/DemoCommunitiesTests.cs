using System.Text.RegularExpressions;
using Roundtable.Core.Communities;
using Roundtable.Core.DemoData;
using Roundtable.Core.People;

namespace Roundtable.Core.Tests.DemoData;

public partial class DemoCommunitiesTests
{
    // People and places named in the documents Roundtable was modelled on. Demo data is
    // invented: none of these may appear in it.
    private static readonly string[] RealNames =
    [
        "Germaine", "Farahar", "Heather", "Myron", "Freeman", "Meakin", "Dale", "Ornelas", "Sharman", "Wilshaw",
        "Plant", "Shennan", "Cornes", "Cox", "Alder", "Kent", "Medway", "Wessex", "Stoke", "VOICES", "Expert Citizens",
        "Culture of Care",
    ];

    [Fact]
    public void All_AreFourCommunitiesLikeTheOnesWeServe()
    {
        Assert.Equal(4, DemoCommunities.All.Count);
        Assert.Equal(DemoCommunities.All.Count, DemoCommunities.All.Select(c => c.Slug).Distinct().Count());
        Assert.All(DemoCommunities.All, c => Assert.Matches(Slug(), c.Slug));
    }

    [Fact]
    public void All_AreCoLedWithLivedExperienceAtTheTable()
    {
        Assert.All(DemoCommunities.All, community =>
        {
            var coLeads = community.People.Where(p => p.Role == CommunityRole.CoLead).ToList();
            Assert.Equal(2, coLeads.Count);
            Assert.Contains(coLeads, p => p.LivedExpertGroup);
            Assert.Contains(community.People, p => p.Role == CommunityRole.Member);
        });
    }

    [Fact]
    public void All_PeopleHaveValidUniqueAddresses()
    {
        var emails = DemoCommunities.All.SelectMany(c => c.People).Select(p => p.Email).Append(DemoCommunities.AdminEmail).ToList();

        Assert.Equal(emails.Count, emails.Distinct().Count());
        Assert.All(emails, email => Assert.Null(EmailAddress.Problem(email)));
        Assert.All(emails, email => Assert.EndsWith("@example.org", email, StringComparison.Ordinal));
    }

    [Fact]
    public void All_NameNobodyReal()
    {
        var text = string.Join("\n", DemoCommunities.All.SelectMany(c =>
            new[] { c.Name, c.Region, c.Purpose, c.Contact }.Concat(c.People.SelectMany(p => new[] { p.Name, p.Email }))));

        Assert.All(RealNames, name => Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void All_IdentitiesAndPrioritiesAreOnesTheCommunityOffers()
    {
        Assert.All(DemoCommunities.All, community =>
        {
            var offered = IdentityDefaults.All.Select(o => o.Name).Concat(community.ExtraIdentities.Select(o => o.Name)).ToHashSet();
            Assert.All(community.People.SelectMany(p => p.Identities ?? []), identity => Assert.Contains(identity, offered));
            Assert.All(community.Priorities, priority => Assert.Contains(priority, offered));
            var emails = community.People.Select(p => p.Email).ToHashSet();
            Assert.All(community.SubGroups.SelectMany(g => g.MemberEmails), email => Assert.Contains(email, emails));
            Assert.All(community.CharterEdits, edit => Assert.Contains(edit.AuthorEmail, emails));
        });
    }

    [Fact]
    public void Sessions_TurnoutsAreOnesTheCommunityCouldHave()
    {
        Assert.All(DemoSessions.All, plan =>
        {
            var community = DemoCommunities.All.Single(c => c.Slug == plan.Slug);
            var members = community.People.Count + plan.ExtraMembers;
            var previous = 0;
            foreach (var turnout in plan.Meetings.Select(m => m.Turnout).OfType<DemoSessions.Turnout>())
            {
                Assert.InRange(turnout.Attended, 1, members);
                Assert.InRange(turnout.FromPrevious, 0, Math.Min(previous, turnout.Attended));
                // Those who were not at the one before can only come from the members who were not there.
                Assert.InRange(turnout.Attended - turnout.FromPrevious, 0, members - previous);
                previous = turnout.Attended;
            }

            Assert.All(plan.Meetings, m => Assert.InRange(m.SignUps, 0, plan.Capacity ?? members));
        });
    }

    [Fact]
    public void Sessions_ExtraMembersAreInventedAndDistinct()
    {
        var extras = Enumerable.Range(0, DemoSessions.All.Max(p => p.ExtraMembers)).Select(DemoSessions.ExtraMember).ToList();
        var named = DemoCommunities.All.SelectMany(c => c.People).Select(p => p.Email);

        Assert.Equal(extras.Count, extras.Select(p => p.Email).Distinct().Count());
        Assert.Empty(extras.Select(p => p.Email).Intersect(named));
        Assert.All(extras, p => Assert.Null(EmailAddress.Problem(p.Email)));
        var text = string.Join("\n", extras.Select(p => p.Name));
        Assert.All(RealNames, name => Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Sessions_RunningOrdersFitTheirSessionsAndNameInventedPresenters()
    {
        var planned = DemoSessions.All.SelectMany(p => p.Meetings).Where(m => m.RunningOrder is not null).ToList();

        Assert.NotEmpty(planned);
        Assert.All(planned, meeting =>
        {
            Assert.Equal((int)(meeting.End - meeting.Start).TotalMinutes, meeting.RunningOrder!.Minutes);
            Assert.All(RealNames, name => Assert.DoesNotContain(name, meeting.Presenter ?? "", StringComparison.OrdinalIgnoreCase));
        });
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}

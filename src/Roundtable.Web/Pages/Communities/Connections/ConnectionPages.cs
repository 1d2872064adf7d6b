using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Connections;

public static class ConnectionPages
{
    public static string ListPath(string slug) => $"/communities/{slug}/connections";

    public static Crumb ListCrumb(Community community) => new(ListPath(community.Slug), "Connections");

    public static Crumb OffersCrumb(Community community) => new(OffersPath(community.Slug), "Offers to collaborate");

    public static string Path(string slug, Guid id) => $"/communities/{slug}/connections/{id}";

    public static string OffersPath(string slug) => $"/communities/{slug}/offers";

    public static string OfferPath(string slug, Guid id) => $"/communities/{slug}/offers/{id}";

    public static string NextActionsPath(string slug) => $"/communities/{slug}/next-actions";

    public static string FeedbackPath(string slug, int number) => $"/communities/{slug}/sessions/{number}/feedback";
}

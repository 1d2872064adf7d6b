using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.ChatImports;

// Who may import a meeting's chat or transcript, and who may not: those who import attendance
// for a session; for a preparation meeting, only those of the lived-expert group who facilitate
// and its co-leads, "not found" to everyone else (site admins included).
[Collection(AccessTables.Name)]
public class ChatImportsAccessTests(AccessFixture app) : AccessMatrix
{
    private const string Chat = "[14:02] Someone\nHello\n";

    //                                                                                      Anon  NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/sessions/2/chat-imports", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/chat-imports", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/preparation-meetings/1/chat-imports", [404, 404, 404, 403, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1/chat-imports", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/99/chat-imports", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/no-such-community/sessions/1/chat-imports", [404, 404, 404, 404, 404, 404, 404]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_ChatImportPage_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app.AttendancePlaces, path));

        AssertAnswered(response, expected);
    }

    public static TheoryData<Visitor, int, string> NotImporters() => new()
    {
        { Anonymous, SignIn, "/communities/{listed}/sessions/2/chat-imports" },
        { NonMember, 403, "/communities/{listed}/sessions/2/chat-imports" },
        { Member, 403, "/communities/{listed}/sessions/2/chat-imports" },
        { LivedExpert, 403, "/communities/{listed}/sessions/2/chat-imports" },
        { Member, 404, "/communities/{listed}/preparation-meetings/1/chat-imports" },
        { LivedExpert, 403, "/communities/{listed}/preparation-meetings/1/chat-imports" },
        { Facilitator, 404, "/communities/{listed}/preparation-meetings/1/chat-imports" },
        { Visitor.Admin, 404, "/communities/{listed}/preparation-meetings/1/chat-imports" },
    };

    [Theory]
    [MemberData(nameof(NotImporters))]
    public async Task Post_AnyHandler_AsSomeoneWhoMayNotImport_IsRefusedAndImportsNothing(Visitor visitor, int expected, string page)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve(app.AttendancePlaces, page);
        var before = await app.WithDbAsync(db => db.ContributionImports.CountAsync());

        foreach (var (handler, fields) in new (string, (string, string)[])[]
                 {
                     ("Preview", [("Text", Chat)]),
                     ("Import", [("Text", Chat), ("SubmissionKey", Guid.NewGuid().ToString())]),
                     ("Undo", [("import", Guid.NewGuid().ToString())]),
                     ("Map", [("import", Guid.NewGuid().ToString()), ("sender", "Someone"), ("personId", app.PersonFor(Member).Id.ToString())]),
                 })
        {
            using var response = await browser.PostWithTokenAsync($"{path}?handler={handler}", fields);
            AssertAnswered(response, expected);
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.ContributionImports.CountAsync()));
    }
}

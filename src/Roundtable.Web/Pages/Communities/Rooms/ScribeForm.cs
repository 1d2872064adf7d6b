using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.Rooms;

// What a scribe records for someone who spoke aloud. ClientId makes a second click store nothing.
public sealed class ScribeInput
{
    public Guid ClientId { get; set; }

    public string? Text { get; set; }

    public Guid? SpeakerId { get; set; }

    public Guid? PromptId { get; set; }

    public int? Scale { get; set; }

    // For a scaling question that asks what would be good enough.
    public int? GoodEnough { get; set; }
}

// Someone the scribe can name, as they chose to be named.
public sealed record Speaker(Guid PersonId, string Name);

// The words that differ between the console's scribe, who records for the whole room, and a
// breakout group's chair, who records for their group.
public sealed record ScribeWords(string Heading, string SpeakerHint)
{
    public static readonly ScribeWords Room = new(
        "Record what someone said aloud",
        "Only people who chose to be named are listed. Record anyone else without a name.");

    public static readonly ScribeWords Group = new(
        "Record what someone in your group said aloud",
        "Only people in your group who chose to be named are listed. Record anyone else without a name.");
}

// The scribe's form (_ScribeForm), as the console and a breakout chair's room both show it.
// Its fields are Scribe.*, bound to each page's Scribe property.
public sealed record ScribeForm(ScribeInput Scribe, IReadOnlyList<Speaker> Speakers, IReadOnlyList<RoomPrompt> OpenPrompts, ScribeWords Words)
{
    public static IReadOnlyList<SelectOption> Numbers { get; } =
    [
        new("", "None"),
        .. Enumerable.Range(ContributionRules.LowestScale, ContributionRules.HighestScale - ContributionRules.LowestScale + 1)
            .Select(n => new SelectOption(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture))),
    ];

    public IReadOnlyList<SelectOption> SpeakerOptions =>
        [new("", "Not named"), .. Speakers.Select(s => new SelectOption(s.PersonId.ToString(), s.Name))];

    // Each question says what it asks, for a script that shows only the numbers it takes.
    public IReadOnlyList<SelectOption> PromptOptions =>
    [
        new("", "No question: something they wanted to say"),
        .. OpenPrompts.Select(p => new SelectOption(p.Id.ToString(), p.Text, new Dictionary<string, string>
        {
            ["prompt-kind"] = p.Kind.ToString(),
            ["asks-good-enough"] = p.AsksGoodEnough ? "true" : "false",
        })),
    ];

    public bool AsksScale => OpenPrompts.Any(p => p.Kind == PromptKind.Scaling);

    public bool AsksGoodEnough => OpenPrompts.Any(p => p.Kind == PromptKind.Scaling && p.AsksGoodEnough);

    // A number the form has no box for (no open question asks it) is said beside the box that
    // does choose it: the scale, or the question.
    public void SayProblemsBesideShownBoxes(ModelStateDictionary modelState)
    {
        if (!AsksGoodEnough)
        {
            modelState.MoveProblems(Prefix + nameof(ScribeInput.GoodEnough), Prefix + (AsksScale ? nameof(ScribeInput.Scale) : nameof(ScribeInput.PromptId)));
        }

        if (!AsksScale)
        {
            modelState.MoveProblems(Prefix + nameof(ScribeInput.Scale), Prefix + nameof(ScribeInput.PromptId));
        }
    }

    public const string Prefix = "Scribe.";
}

public enum ScribeOutcome
{
    Recorded = 0,

    // The question closed before it arrived: what they said is kept, as a general contribution.
    KeptAsGeneral = 1,

    // Said next to each field in ModelState, with what was typed kept.
    Invalid = 2,
    NotFound = 3,
}

// Recording what someone said aloud through a page: the console's scribe for the whole room, a
// breakout group's chair for their group, as RoomHub.RecordSpoken records it. Stored by Core, then
// broadcast to those following live.
public sealed class Scribing(RoundtableDb db, Contributions contributions)
{
    public static string Notice(ScribeOutcome outcome) => outcome == ScribeOutcome.KeptAsGeneral
        ? "The question had closed, so what they said was kept as a general contribution."
        : "Recorded. What they said counts as much as anything typed.";

    // The people a scribe can name: members of the community (of the breakout group, for a
    // chair) who chose to be named. Someone who chose not to be is not listed: what they say is
    // recorded without a name.
    public async Task<IReadOnlyList<Speaker>> SpeakersAsync(Guid communityId, Guid sessionId, int? group, CancellationToken cancellationToken)
    {
        var members = db.Memberships.AsNoTracking().Include(m => m.Person).Where(m => m.CommunityId == communityId && m.LeftAt == null);
        if (group is { } number)
        {
            var inGroup = db.BreakoutMembers.Where(b => b.SessionId == sessionId && b.Group.Number == number).Select(b => b.PersonId);
            members = members.Where(m => inGroup.Contains(m.PersonId));
        }

        return (await members.ToListAsync(cancellationToken))
            .Select(m => new Speaker(m.PersonId, MemberNames.AsTheyChose(m)))
            .Where(s => s.Name != MemberNames.NotNamed)
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    // Records it for the breakout group (null: the whole room), or says what Core found wrong in
    // ModelState, next to each field: the hub gets the same refusals.
    public async Task<ScribeOutcome> RecordAsync(
        Guid roomId, Guid scribeId, int? group, ScribeInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var result = await contributions.RecordSpokenAsync(
                roomId, scribeId,
                new SpokenContribution(input.ClientId, input.PromptId, input.Text, input.SpeakerId, input.Scale, input.GoodEnough, group),
                cancellationToken);
        switch (result.Outcome)
        {
            case ContributionOutcome.Added or ContributionOutcome.AlreadyStored:
                return ScribeOutcome.Recorded;
            case ContributionOutcome.KeptAsGeneral:
                return ScribeOutcome.KeptAsGeneral;
            case ContributionOutcome.Invalid:
                foreach (var (field, message) in result.Errors)
                {
                    modelState.AddModelError(ScribeForm.Prefix + (field == ContributionRules.SpeakerField ? "SpeakerId" : field), message);
                }

                return ScribeOutcome.Invalid;
            case ContributionOutcome.RoomNotOpen:
                modelState.AddModelError(ScribeForm.Prefix + "Text", "The room is not open, so nothing can be recorded just now. What you wrote is kept here.");
                return ScribeOutcome.Invalid;
            case ContributionOutcome.PromptClosed:
                modelState.AddModelError(ScribeForm.Prefix + "PromptId", "That question has closed, so their number was not recorded. Choose another question, or none");
                return ScribeOutcome.Invalid;
            default:
                return ScribeOutcome.NotFound;
        }
    }
}

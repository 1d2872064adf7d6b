using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public sealed record NewPhoto(byte[] Bytes, string? Description);

// What a participant sends. Id is made by their client, so sending it again stores nothing new.
// Anonymous: named to no one, facilitators included; only the author knows it is theirs.
public sealed record NewContribution(
    Guid Id, Guid? PromptId, string? Text, int? Scale = null, int? GoodEnough = null, bool Anonymous = false,
    NewPhoto? Photo = null, int? BreakoutGroupNumber = null);

// What a scribe records for someone who spoke aloud: named as the speaker chose (SpeakerId), or
// not at all (null).
public sealed record SpokenContribution(
    Guid Id, Guid? PromptId, string? Text, Guid? SpeakerId, int? Scale = null, int? GoodEnough = null, int? BreakoutGroupNumber = null);

// What makes a contribution one the room can take: the checks, and their words, that a page, the
// hub and the API all show beside the field.
public static class ContributionRules
{
    public const string TextField = "Text";
    public const string ScaleField = "Scale";
    public const string GoodEnoughField = "GoodEnough";
    public const string PhotoField = "Photo";
    public const string PhotoDescriptionField = "PhotoDescription";

    public const string UnreadablePhoto = "The selected photo cannot be opened: it may be damaged, or too large. Choose another, or take it again";
    public const string SpeakerField = "Speaker";
    public const string PromptField = "PromptId";

    public const int LowestScale = 1;
    public const int HighestScale = 10;

    // Empty when the contribution will do; otherwise a message for each field that will not.
    // Spoken: a scribe's record of what someone said aloud, so "their" number rather than "your".
    public static Dictionary<string, string> Check(NewContribution input, RoomPrompt? prompt, bool spoken = false)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = input.Text?.Trim() ?? "";
        var scaling = prompt?.Kind == PromptKind.Scaling;

        if (input.Photo is { } photo)
        {
            CheckPhoto(photo, errors);
            if (prompt is not null && !PhotoCanAnswer(prompt.Kind))
            {
                errors[PromptField] = "A photo cannot answer a scaling question or a closing word. Choose another question, or nothing in particular";
                return errors;
            }
        }

        if (prompt?.Kind == PromptKind.ClosingWord)
        {
            if (text.Length == 0)
            {
                errors[TextField] = "Enter a word or two for how you feel";
            }
            else if (text.Length > Contribution.ClosingWordMaxLength)
            {
                errors[TextField] = $"Your closing word must be {Contribution.ClosingWordMaxLength} characters or fewer";
            }
        }
        else if (text.Length > Contribution.TextMaxLength)
        {
            errors[TextField] = $"Your contribution must be {Contribution.TextMaxLength} characters or fewer";
        }
        else if (text.Length == 0 && input.Photo is null && !scaling)
        {
            errors[TextField] = "Enter your contribution";
        }

        if (!scaling && (input.Scale is not null || input.GoodEnough is not null))
        {
            // Only a scaling question keeps a number: stored against anything else it would be lost.
            errors[PromptField] = spoken ? "Choose the scaling question their number answers" : "Choose the scaling question your number answers";
        }

        if (scaling)
        {
            if (input.Scale is null)
            {
                errors[ScaleField] = "Choose a number from 1 to 10";
            }
            else if (!OnScale(input.Scale.Value))
            {
                errors[ScaleField] = "The number must be from 1 to 10";
            }

            if (input.GoodEnough is { } goodEnough)
            {
                if (!prompt!.AsksGoodEnough)
                {
                    errors[GoodEnoughField] = "This question does not ask what would be good enough: leave the \"good enough\" number empty";
                }
                else if (!OnScale(goodEnough))
                {
                    errors[GoodEnoughField] = "The \"good enough\" number must be from 1 to 10";
                }
            }
        }

        return errors;
    }

    // A photo answers a question that takes words; a number or a closing word it cannot give.
    public static bool PhotoCanAnswer(PromptKind kind) => kind is not (PromptKind.Scaling or PromptKind.ClosingWord);

    public static ContributionKind KindFor(RoomPrompt? prompt, bool withPhoto) =>
        withPhoto ? ContributionKind.Photo : prompt?.Kind switch
        {
            null => ContributionKind.Text,
            PromptKind.Scaling => ContributionKind.Scale,
            PromptKind.ClosingWord => ContributionKind.ClosingWord,
            _ => ContributionKind.Answer,
        };

    private static bool OnScale(int value) => value is >= LowestScale and <= HighestScale;

    private static void CheckPhoto(NewPhoto photo, Dictionary<string, string> errors)
    {
        if (photo.Bytes.Length == 0)
        {
            errors[PhotoField] = "The selected file is empty";
        }
        else if (photo.Bytes.Length > ContributionPhoto.MaxBytes)
        {
            errors[PhotoField] = $"The photo must be smaller than {ContributionPhoto.MaxBytes / (1024 * 1024)} MB";
        }
        else if (PhotoFormat.Detect(photo.Bytes) is null)
        {
            errors[PhotoField] = "The selected file must be a photo: a JPG, PNG, WebP or GIF";
        }
        else if (!PhotoCleaning.CanRead(photo.Bytes))
        {
            errors[PhotoField] = UnreadablePhoto;
        }

        var description = photo.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            errors[PhotoDescriptionField] = "Describe the photo in a few words, for people who cannot see it";
        }
        else if (description.Length > ContributionPhoto.DescriptionMaxLength)
        {
            errors[PhotoDescriptionField] = $"The description must be {ContributionPhoto.DescriptionMaxLength} characters or fewer";
        }
    }
}

// What an uploaded file really is, from its first bytes rather than its name or the browser's word.
public static class PhotoFormat
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Jpeg) ? "image/jpeg"
        : bytes.StartsWith(Png) ? "image/png"
        : bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8) ? "image/gif"
        : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}

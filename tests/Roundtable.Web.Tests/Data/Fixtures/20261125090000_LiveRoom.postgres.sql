--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ApiTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ApiTokens" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "Prefix" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "RevokedAt" timestamp with time zone
);


--
-- Name: Attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Attendance" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "PersonId" uuid,
    "GuestName" character varying(120),
    "Source" character varying(20) NOT NULL,
    "JoinedAt" timestamp with time zone,
    "LeftAt" timestamp with time zone,
    "RecordedById" uuid NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL
);


--
-- Name: BreakoutGroups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."BreakoutGroups" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "ChairId" uuid
);


--
-- Name: BreakoutMembers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."BreakoutMembers" (
    "PersonId" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "GroupId" uuid NOT NULL
);


--
-- Name: CalendarFeeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CalendarFeeds" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "RevokedAt" timestamp with time zone
);


--
-- Name: CharterSections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CharterSections" (
    "Id" uuid NOT NULL,
    "VersionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Key" character varying(60) NOT NULL,
    "Title" character varying(120) NOT NULL,
    "Body" character varying(20000) NOT NULL
);


--
-- Name: CharterSuggestions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CharterSuggestions" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "SectionKey" character varying(60) NOT NULL,
    "BasedOnVersion" integer NOT NULL,
    "ProposedBody" character varying(20000) NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "AuthorId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SubmissionKey" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "DecidedById" uuid,
    "DecidedAt" timestamp with time zone,
    "DeclineReason" character varying(1000),
    "AcceptedAsVersion" integer
);


--
-- Name: CharterVersions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CharterVersions" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "AuthorId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "Note" character varying(200) NOT NULL,
    "CreditedToId" uuid
);


--
-- Name: Communities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Communities" (
    "Id" uuid NOT NULL,
    "Slug" character varying(60) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Purpose" character varying(2000) NOT NULL,
    "Region" character varying(100) NOT NULL,
    "Contact" character varying(200),
    "Visibility" character varying(20) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL
);


--
-- Name: ConsentChanges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ConsentChanges" (
    "Id" uuid NOT NULL,
    "MembershipId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Value" character varying(20) NOT NULL,
    "At" timestamp with time zone NOT NULL
);


--
-- Name: ContributionPhotos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ContributionPhotos" (
    "ContributionId" uuid NOT NULL,
    "Bytes" bytea NOT NULL,
    "ContentType" character varying(20) NOT NULL,
    "Description" character varying(250) NOT NULL
);


--
-- Name: Contributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Contributions" (
    "Id" uuid NOT NULL,
    "RoomId" uuid NOT NULL,
    "Sequence" bigint NOT NULL,
    "PromptId" uuid,
    "BreakoutGroupNumber" integer,
    "Kind" character varying(20) NOT NULL,
    "PersonId" uuid,
    "GuestId" uuid,
    "Anonymous" boolean NOT NULL,
    "SpokenById" uuid,
    "Text" character varying(1000),
    "Scale" integer,
    "GoodEnough" integer,
    "Pinned" boolean NOT NULL,
    "Hidden" boolean NOT NULL,
    "HiddenReason" character varying(500),
    "HiddenById" uuid,
    "HiddenAt" timestamp with time zone,
    "DeletedAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: DataProtectionKeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DataProtectionKeys" (
    "Id" integer NOT NULL,
    "FriendlyName" character varying(200),
    "Xml" text NOT NULL
);


--
-- Name: DataProtectionKeys_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."DataProtectionKeys" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."DataProtectionKeys_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: DiscussionPrinciples; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DiscussionPrinciples" (
    "Id" uuid NOT NULL,
    "VersionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Name" character varying(60) NOT NULL,
    "Description" character varying(300) NOT NULL
);


--
-- Name: IdentityOptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."IdentityOptions" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Position" integer NOT NULL,
    "IsPriority" boolean NOT NULL,
    "RetiredAt" timestamp with time zone
);


--
-- Name: Invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Invitations" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "Email" character varying(254) NOT NULL,
    "Role" character varying(20) NOT NULL,
    "InLivedExpertGroup" boolean NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "InvitedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "AcceptedAt" timestamp with time zone,
    "AcceptedById" uuid,
    "RevokedAt" timestamp with time zone,
    "Note" character varying(1000)
);


--
-- Name: JoinRequests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."JoinRequests" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Message" character varying(1000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "Status" character varying(20) NOT NULL,
    "DecidedById" uuid,
    "DecidedAt" timestamp with time zone,
    "DeclineReason" character varying(1000)
);


--
-- Name: MemberIdentities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."MemberIdentities" (
    "MembershipId" uuid NOT NULL,
    "IdentityOptionId" uuid NOT NULL
);


--
-- Name: Memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Memberships" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Role" character varying(20) NOT NULL,
    "InLivedExpertGroup" boolean NOT NULL,
    "JoinedAt" timestamp with time zone NOT NULL,
    "LeftAt" timestamp with time zone,
    "Organisation" character varying(120),
    "JobRole" character varying(120),
    "Naming" character varying(20) DEFAULT 'FirstName'::character varying NOT NULL,
    "AccessNeeds" integer DEFAULT 0 NOT NULL,
    "OtherAccessNeeds" character varying(500),
    "ContactConsent" boolean DEFAULT false NOT NULL,
    "QuoteConsent" character varying(20) DEFAULT 'NotQuoted'::character varying NOT NULL,
    "PhotoConsent" boolean DEFAULT false NOT NULL,
    "Offers" character varying(1000),
    "LookingFor" character varying(1000)
);


--
-- Name: ModerationEntries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ModerationEntries" (
    "Id" uuid NOT NULL,
    "RoomId" uuid NOT NULL,
    "ContributionId" uuid NOT NULL,
    "Action" character varying(20) NOT NULL,
    "Reason" character varying(500),
    "ById" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL
);


--
-- Name: Outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Outbox" (
    "Id" uuid NOT NULL,
    "To" character varying(254) NOT NULL,
    "Subject" character varying(200) NOT NULL,
    "Body" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: People; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."People" (
    "Id" uuid NOT NULL,
    "DisplayName" character varying(100),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL
);


--
-- Name: PersonClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PersonClaims" (
    "Id" integer NOT NULL,
    "UserId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: PersonClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."PersonClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."PersonClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: PersonLogins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PersonLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" uuid NOT NULL
);


--
-- Name: PersonRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PersonRoles" (
    "UserId" uuid NOT NULL,
    "RoleId" uuid NOT NULL
);


--
-- Name: PersonTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PersonTokens" (
    "UserId" uuid NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text
);


--
-- Name: Reactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Reactions" (
    "Id" uuid NOT NULL,
    "RoomId" uuid NOT NULL,
    "ContributionId" uuid NOT NULL,
    "ReactorId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Sequence" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: RoleClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RoleClaims" (
    "Id" integer NOT NULL,
    "RoleId" uuid NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: RoleClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."RoleClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."RoleClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Roles" (
    "Id" uuid NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text
);


--
-- Name: RoomEvents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RoomEvents" (
    "RoomId" uuid NOT NULL,
    "Sequence" bigint NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "ContributionId" uuid,
    "Payload" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: RoomGuests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RoomGuests" (
    "Id" uuid NOT NULL,
    "RoomId" uuid NOT NULL,
    "DisplayName" character varying(80),
    "TokenHash" character varying(64) NOT NULL,
    "JoinedAt" timestamp with time zone NOT NULL
);


--
-- Name: RoomPrompts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RoomPrompts" (
    "Id" uuid NOT NULL,
    "RoomId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Text" character varying(500) NOT NULL,
    "Audience" character varying(20) NOT NULL,
    "AsksGoodEnough" boolean NOT NULL,
    "OpenedById" uuid NOT NULL,
    "OpenedAt" timestamp with time zone NOT NULL,
    "ClosedAt" timestamp with time zone
);


--
-- Name: Rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Rooms" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "State" character varying(20) NOT NULL,
    "CurrentItemId" uuid,
    "CurrentItemStartedAt" timestamp with time zone,
    "LastSequence" bigint NOT NULL,
    "JoinTokenHash" character varying(64),
    "ProjectorTokenHash" character varying(64),
    "OpenedAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: RunningOrderItems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RunningOrderItems" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Minutes" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Presenter" character varying(120),
    "Notes" character varying(1000)
);


--
-- Name: Series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Series" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Rhythm" character varying(20) NOT NULL,
    "IntervalMonths" integer,
    "Weekday" character varying(20),
    "WeekOfMonth" integer,
    "StartTime" time without time zone NOT NULL,
    "EndTime" time without time zone NOT NULL,
    "WithPreparationMeetings" boolean NOT NULL,
    "PreparationStartTime" time without time zone,
    "PreparationEndTime" time without time zone,
    "Format" character varying(20) NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: Sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sessions" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "SeriesId" uuid,
    "Kind" character varying(20) NOT NULL,
    "Number" integer NOT NULL,
    "Topic" character varying(200),
    "StartsAt" timestamp with time zone NOT NULL,
    "EndsAt" timestamp with time zone NOT NULL,
    "Format" character varying(20) NOT NULL,
    "MeetingLink" character varying(500),
    "Venue" character varying(200),
    "Directions" character varying(1000),
    "StepFreeAccess" boolean,
    "QuietRoom" boolean,
    "Capacity" integer,
    "Status" character varying(20) NOT NULL,
    "CancelledAt" timestamp with time zone,
    "CancelReason" character varying(500),
    "Sequence" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: SignInLinks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SignInLinks" (
    "Id" uuid NOT NULL,
    "Email" character varying(254) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "SubmissionKey" uuid NOT NULL,
    "ReturnUrl" character varying(500),
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "UsedAt" timestamp with time zone,
    "UsedByBrowser" character varying(64)
);


--
-- Name: SignUps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SignUps" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "AccessNeeds" integer NOT NULL,
    "OtherAccessNeeds" character varying(500),
    "SignedUpAt" timestamp with time zone NOT NULL,
    "WaitingSince" timestamp with time zone,
    "BookedAt" timestamp with time zone,
    "CancelledAt" timestamp with time zone
);


--
-- Name: SubGroupMembers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SubGroupMembers" (
    "SubGroupId" uuid NOT NULL,
    "MembershipId" uuid NOT NULL,
    "JoinedAt" timestamp with time zone NOT NULL
);


--
-- Name: SubGroups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SubGroups" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Purpose" character varying(1000) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: ToBeConfirmed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ToBeConfirmed" (
    "Id" uuid NOT NULL,
    "CommunityId" uuid NOT NULL,
    "SectionKey" character varying(60) NOT NULL,
    "Text" character varying(500) NOT NULL,
    "DueOn" date NOT NULL,
    "ConfirmedWith" character varying(200) NOT NULL,
    "CreatedById" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ConfirmedAt" timestamp with time zone,
    "Outcome" character varying(500)
);


--
-- Name: UnmatchedAttendees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UnmatchedAttendees" (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Email" character varying(254),
    "JoinedAt" timestamp with time zone,
    "LeftAt" timestamp with time zone,
    "ImportedAt" timestamp with time zone NOT NULL,
    "ResolvedAt" timestamp with time zone,
    "Resolution" character varying(20)
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Data for Name: ApiTokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ApiTokens" VALUES ('01a24f3c-8118-7e45-be66-6f586f08fe97', '01a24f3c-739b-708d-9d59-8d9bee1ce163', 'Chidi''s laptop', 'a3b4faa4da5b90d676a463115c2c6e96f4d2f29f6c7fa027da102d77cc8f35c1', 'rt_iPp38KN', '2026-12-07 12:00:00+00', NULL);


--
-- Data for Name: Attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Attendance" VALUES ('01a24f3c-7e6d-7906-846e-52dfe4e1395e', '01a24f3c-7b6a-7e3c-a99b-727c78a283a2', '01a24f3c-739b-708d-9d59-8d9bee1ce163', NULL, 'Marked', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7eab-7176-9253-68f353d16da1', '01a24f3c-7b6a-7e3c-a99b-727c78a283a2', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', NULL, 'Marked', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7eac-787b-a1b4-f0dfad7bd4fd', '01a24f3c-7b6a-7e3c-a99b-727c78a283a2', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', NULL, 'Marked', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7ee0-7412-9c79-65fffc182824', '01a24f3c-7b6a-7e3c-a99b-727c78a283a2', NULL, 'Gina Walsh', 'Marked', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7f6c-724e-8130-74ee5f8ca402', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-739b-708d-9d59-8d9bee1ce163', NULL, 'Imported', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7f6d-7b6b-921f-df072545ba51', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', NULL, 'Imported', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."Attendance" VALUES ('01a24f3c-7f6d-7e4f-9660-b75ad57a4a27', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', NULL, 'Imported', NULL, NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');


--
-- Data for Name: BreakoutGroups; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."BreakoutGroups" VALUES ('01a24f3c-8078-768d-a060-bd87e1005ecd', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', 1, '01a24f3c-739b-708d-9d59-8d9bee1ce163');


--
-- Data for Name: BreakoutMembers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."BreakoutMembers" VALUES ('01a24f3c-739b-708d-9d59-8d9bee1ce163', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-8078-768d-a060-bd87e1005ecd');
INSERT INTO public."BreakoutMembers" VALUES ('01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-8078-768d-a060-bd87e1005ecd');
INSERT INTO public."BreakoutMembers" VALUES ('01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-8078-768d-a060-bd87e1005ecd');


--
-- Data for Name: CalendarFeeds; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CalendarFeeds" VALUES ('01a24f3c-80ea-7ce7-ade9-c121be1c021b', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', 'df0888793b87c04e01decc05e0c0a3190de7475afeb477b316b70678819b14b9', '2026-12-07 12:00:00+00', NULL);


--
-- Data for Name: CharterSections; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-7117-b444-026bc986105f', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 5, 'how-we-are-structured', 'How we are structured', 'This Community of Practice is co-led by people with lived experience and professionals.

- Sessions take place every two months
- In the month between sessions, people with lived experience meet to shape the agenda for the next session
- Sub-groups take specific work forward between sessions
- You can join even if you miss some sessions');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-7443-94c6-c157c2b835c7', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 2, 'our-purpose', 'Our purpose', 'We come together to:

- Understand what matters to the people we support, and make sure that understanding reaches everyday practice
- Build shared knowledge across services
- Listen to voices that are often unheard or misunderstood, and act on what they tell us
- Rebuild trust, between people and services, and between different parts of the system
- Connect people who need to know each other');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-7470-aa47-beab83ff1fa5', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 1, 'who-we-are', 'Who we are', 'The Community of Practice brings together:

- People with lived experience
- Families and carers
- Staff from health, social care, education, mental health, the voluntary sector, and local authority
- People who hold both professional and lived expert identities at the same time

Reaching people who face barriers to taking part is a priority. We are actively working to extend and broaden our membership.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-7716-9fb7-b782adacb685', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 6, 'what-we-commit-to', 'What we commit to', 'As the people leading this Community of Practice, we commit to:

- Doing what we say we will do
- Being transparent when things do not go as planned, and responding to feedback
- Sharing what we hear with the wider system, in ways that protect the people who spoke
- Continuing to extend this community to reflect the full diversity of the people it serves
- Making this space as accessible as possible, and improving when we fall short

This is a living document. It will be updated as the community develops, including by the people who attend and co-lead it.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-78ba-8a3e-46f3883c0341', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 3, 'our-values', 'Our values', '**Lived experience shapes our structure.** People with lived experience shape the structure of this Community of Practice, the agenda, the language, and the decisions.

**Safe and brave.** We create space for honesty, uncertainty, and the things that are hard to say. We receive what people say with care.

**We listen to learn.** Knowledge and experience from across roles and lives is valued equally.

**Language shapes participation.** We use language that respects identity and opens participation.

**Action and change.** We commit to visible, traceable action, however small.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-792c-99ec-7c304118f875', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 4, 'how-we-work-together', 'How we work together', 'Our discussion principles were developed with members and are present in every session.

Speaking, typing in chat, using tools, drawing, listening: all of these are full participation. All contributions carry equal weight.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-74b9-7ed1-ba37-1d0702108d36', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 0, 'what-we-are', 'What we are', 'This is a Community of Practice for all of us working with, supporting, or living alongside the people this community is for, in Harbourside and district.

We learn with and from each other, across services, roles, and lived experience. That learning changes what we do.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-78d4-954f-0cd0418dce12', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 3, 'our-values', 'Our values', '**Lived experience shapes our structure.** People with lived experience shape the structure of this Community of Practice, the agenda, the language, and the decisions.

**Safe and brave.** We create space for honesty, uncertainty, and the things that are hard to say. We receive what people say with care.

**We listen to learn.** Knowledge and experience from across roles and lives is valued equally.

**Language shapes participation.** We use language that respects identity and opens participation.

**Action and change.** We commit to visible, traceable action, however small.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-7977-8e66-c81a31a10bb5', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 6, 'what-we-commit-to', 'What we commit to', 'As the people leading this Community of Practice, we commit to:

- Doing what we say we will do
- Being transparent when things do not go as planned, and responding to feedback
- Sharing what we hear with the wider system, in ways that protect the people who spoke
- Continuing to extend this community to reflect the full diversity of the people it serves
- Making this space as accessible as possible, and improving when we fall short

This is a living document. It will be updated as the community develops, including by the people who attend and co-lead it.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-79ae-bae0-baadff7240a5', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 0, 'what-we-are', 'What we are', 'This is a Community of Practice for all of us working with, supporting, or living alongside the people this community is for, in Harbourside and district.

We learn with and from each other, across services, roles, and lived experience. That learning changes what we do.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-7af3-83a8-1dc2511c96e9', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 1, 'who-we-are', 'Who we are', 'The Community of Practice brings together:

- People with lived experience
- Families and carers
- Staff from health, social care, education, mental health, the voluntary sector, and local authority
- People who hold both professional and lived expert identities at the same time

Reaching people who face barriers to taking part is a priority. We are actively working to extend and broaden our membership.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-7b6a-a076-534a2f8fff6e', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 2, 'our-purpose', 'Our purpose', 'We meet to make crisis care **kinder**, led by people who have used it.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-7de9-a6d7-17651f7848c9', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 4, 'how-we-work-together', 'How we work together', 'Our discussion principles were developed with members and are present in every session.

Speaking, typing in chat, using tools, drawing, listening: all of these are full participation. All contributions carry equal weight.');
INSERT INTO public."CharterSections" VALUES ('01a24f3c-788d-7e89-8d59-0298c4ac2460', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 5, 'how-we-are-structured', 'How we are structured', 'This Community of Practice is co-led by people with lived experience and professionals.

- Sessions take place every two months
- In the month between sessions, people with lived experience meet to shape the agenda for the next session
- Sub-groups take specific work forward between sessions
- You can join even if you miss some sessions');


--
-- Data for Name: CharterSuggestions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CharterSuggestions" VALUES ('01a24f3c-78a1-7455-aa83-6fe6ab7ca1d5', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'our-values', 2, 'We listen first.', 'It is what we do already.', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', '2026-12-07 12:00:00+00', '8e0fe8fd-15fd-4f09-b700-8940b93e8050', 'Open', NULL, NULL, NULL, NULL);


--
-- Data for Name: CharterVersions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CharterVersions" VALUES ('01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 1, '01a24f3c-739b-708d-9d59-8d9bee1ce163', '2026-12-07 12:00:00+00', 'Started from the charter template', NULL);
INSERT INTO public."CharterVersions" VALUES ('01a24f3c-788d-76e3-8ce7-fc8fd51b9635', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 2, '01a24f3c-739b-708d-9d59-8d9bee1ce163', '2026-12-07 12:00:00+00', 'Our purpose, in our own words', NULL);


--
-- Data for Name: Communities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Communities" VALUES ('01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'harbourside', 'Harbourside Learning Community', 'To learn from each other how to make crisis care kinder.', 'Harbourside and district', 'harbourside.cop@example.org', 'Listed', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00', 1);


--
-- Data for Name: ConsentChanges; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ConsentChanges" VALUES ('01a24f3c-76e7-7707-8a39-7b6ad4b7e96b', '01a24f3c-760b-778b-be7a-0f762788daf0', 'Photos', 'Given', '2026-12-07 12:00:00+00');
INSERT INTO public."ConsentChanges" VALUES ('01a24f3c-76e7-7832-b276-cfaaf79e08cc', '01a24f3c-760b-778b-be7a-0f762788daf0', 'Quote', 'ByRole', '2026-12-07 12:00:00+00');
INSERT INTO public."ConsentChanges" VALUES ('01a24f3c-76e7-7866-8ca7-fb59913c70d0', '01a24f3c-760b-778b-be7a-0f762788daf0', 'Contact', 'Given', '2026-12-07 12:00:00+00');
INSERT INTO public."ConsentChanges" VALUES ('01a24f3c-7709-7cf4-a764-e3960f043feb', '01a24f3c-7610-76f4-b6c2-9885afcd1780', 'Contact', 'Given', '2026-12-07 12:00:00+00');
INSERT INTO public."ConsentChanges" VALUES ('01a24f3c-7709-7de3-a165-694cbcd1a296', '01a24f3c-7610-76f4-b6c2-9885afcd1780', 'Quote', 'ByName', '2026-12-07 12:00:00+00');


--
-- Data for Name: ContributionPhotos; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ContributionPhotos" VALUES ('42f22080-ef01-4932-bb0f-460cf13b1dee', '\x89504e470d0a1a0a00000000', 'image/png', 'Our flipchart of hopes');


--
-- Data for Name: Contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Contributions" VALUES ('7d558564-8dac-43b2-9e57-9ec5a56004fb', '01a24f3c-81d5-7692-b3cf-06be7079d508', 5, '01a24f3c-838a-7a63-8b49-abfd7c144b14', NULL, 'Answer', '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', NULL, true, NULL, 'That the rules can change.', NULL, NULL, false, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('5c4fa4e9-0aea-4c3a-b2ce-d9ad847ce137', '01a24f3c-81d5-7692-b3cf-06be7079d508', 6, '01a24f3c-82fe-721e-b6a1-c6c8cecc59da', NULL, 'Scale', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', NULL, false, NULL, 'Better than last month.', 7, 5, false, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('93e5b038-ffed-4e75-a9bd-ec14271e2e2f', '01a24f3c-81d5-7692-b3cf-06be7079d508', 7, '01a24f3c-838a-7a63-8b49-abfd7c144b14', NULL, 'Spoken', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', NULL, false, '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', 'Said aloud: the café helped.', NULL, NULL, false, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('42f22080-ef01-4932-bb0f-460cf13b1dee', '01a24f3c-81d5-7692-b3cf-06be7079d508', 8, NULL, NULL, 'Photo', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', NULL, false, NULL, NULL, NULL, NULL, false, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('216408af-a066-452e-97a2-23b0f4accabf', '01a24f3c-81d5-7692-b3cf-06be7079d508', 4, '01a24f3c-838a-7a63-8b49-abfd7c144b14', NULL, 'Answer', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', NULL, false, NULL, 'Being asked, not told.', NULL, NULL, true, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('8418d225-1d4e-4467-8885-5c79dcd591a9', '01a24f3c-81d5-7692-b3cf-06be7079d508', 9, NULL, NULL, 'Text', '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', NULL, false, NULL, 'Off topic.', NULL, NULL, false, true, 'Not for this room', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00', NULL, '2026-12-07 12:00:00+00');
INSERT INTO public."Contributions" VALUES ('a30d8cc6-182e-46f3-8c36-2b1acc932f43', '01a24f3c-81d5-7692-b3cf-06be7079d508', 13, '01a24f3c-838a-7a63-8b49-abfd7c144b14', NULL, 'Answer', NULL, '01a24f3c-86c0-78b0-889a-7f96315f347d', false, NULL, 'Thank you for having me.', NULL, NULL, false, false, NULL, NULL, NULL, NULL, '2026-12-07 12:00:00+00');


--
-- Data for Name: DataProtectionKeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."DataProtectionKeys" VALUES (1, 'key-f8de894b-4144-4740-9531-7c0be5e75935', '<key id="f8de894b-4144-4740-9531-7c0be5e75935" version="1"><creationDate>2026-12-07T06:41:28.0282102Z</creationDate><activationDate>2026-12-07T06:41:28.0282102Z</activationDate><expirationDate>2027-03-07T06:41:28.0282102Z</expirationDate><descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" /><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><!-- Warning: the key below is in an unencrypted form. --><value>M41TrFA1LqPn0JKavDTUR38QuzyTzP+GxlgE95swRm8pe1dfITEm9RZClwdOJkfwQA3/CwF4FpBOLd8dwQKbVw==</value></masterKey></descriptor></descriptor></key>');


--
-- Data for Name: DiscussionPrinciples; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-7273-9eb5-9c97b1290be1', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 4, 'Honour pace', 'Slow down, wait, make space for silence');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-74ad-aead-3204c6121c3b', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 0, 'Acknowledge', 'Receive what people say');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-78bd-8f0b-a3e6f8bbec80', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 3, 'Stay curious', 'We are here to learn');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-78dc-9ca8-810dc39e1ed5', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 1, 'Accept', 'Each experience is true for that person');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-7a0d-b828-727f71f3fe5a', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 5, 'Protect safety', 'Stepping back is always okay');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-74b9-7dc6-836d-88fe45beff3d', '01a24f3c-74b8-73be-a68c-fc4c5f2ea8a2', 2, 'Ask', 'What would have helped, and what one thing could be different');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-7208-88e5-89eaf86b5247', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 0, 'Acknowledge', 'Receive what people say');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-754e-b2d1-39cb578478ba', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 4, 'Honour pace', 'Slow down, wait, make space for silence');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-76f6-9bdf-4197704a7f84', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 2, 'Ask', 'What would have helped, and what one thing could be different');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-7b52-b257-33e23b9d93ca', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 5, 'Protect safety', 'Stepping back is always okay');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-7c3d-b549-a8177eef081e', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 3, 'Stay curious', 'We are here to learn');
INSERT INTO public."DiscussionPrinciples" VALUES ('01a24f3c-7897-7c83-9cbf-63a9ee9f3270', '01a24f3c-788d-76e3-8ce7-fc8fd51b9635', 1, 'Accept', 'Each experience is true for that person');


--
-- Data for Name: IdentityOptions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-7491-71d3-88ca-8d1de71c1f63', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Autistic person', 'LivedExperience', 0, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-70ab-86a3-3fd940293021', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: social care', 'Staff', 6, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-718d-b6ce-4bc39a6c103b', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: voluntary sector', 'Staff', 9, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-725e-854d-ca20a3494dd6', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: mental health', 'Staff', 8, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-72e1-bdf3-49fd656d056a', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Professional and lived expert at the same time', 'Both', 12, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-7333-9bed-bc4463ba9e88', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: health', 'Staff', 5, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-755e-abe5-35d3ffe674f9', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: education', 'Staff', 7, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-757b-9eb7-5942ee9c012e', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Person with ADHD', 'LivedExperience', 2, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-757f-94f7-4c701c654cf8', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Family member or carer', 'FamilyOrCarer', 4, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-7692-bc2d-e54813d0c4da', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: primary care', 'Staff', 11, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-76ec-ba40-47fed51518c6', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Staff: local authority', 'Staff', 10, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-7d42-9f20-90962ad4d085', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Person with a learning disability', 'LivedExperience', 1, false, NULL);
INSERT INTO public."IdentityOptions" VALUES ('01a24f3c-74b7-7f0c-8e61-5ace353c5260', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Person with lived experience of mental illness', 'LivedExperience', 3, false, NULL);


--
-- Data for Name: Invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Invitations" VALUES ('cbecb4a5-6f63-4f4c-92ba-218a1d34a943', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'ivy.nolan@example.org', 'Member', false, '174ec5720f88246169a9d4cd8fdf1ba855bec341e5fc3b3c9a9b415ef913b9ac', '01a24f3c-739b-708d-9d59-8d9bee1ce163', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00', '2026-12-21 12:00:00+00', NULL, NULL, NULL, 'Come and meet us.');


--
-- Data for Name: JoinRequests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."JoinRequests" VALUES ('01a24f3c-7a4c-7ab7-8fdb-dd0d3599733c', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-73dd-730a-93be-6039d255fb0d', 'I run a crisis café.', '2026-12-07 12:00:00+00', 'Pending', NULL, NULL, NULL);


--
-- Data for Name: MemberIdentities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."MemberIdentities" VALUES ('01a24f3c-760b-778b-be7a-0f762788daf0', '01a24f3c-7491-71d3-88ca-8d1de71c1f63');
INSERT INTO public."MemberIdentities" VALUES ('01a24f3c-760b-778b-be7a-0f762788daf0', '01a24f3c-74b7-7d42-9f20-90962ad4d085');
INSERT INTO public."MemberIdentities" VALUES ('01a24f3c-7610-76f4-b6c2-9885afcd1780', '01a24f3c-74b7-757b-9eb7-5942ee9c012e');


--
-- Data for Name: Memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Memberships" VALUES ('01a24f3c-7416-7ed3-9204-ff9f22a3565d', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-739b-708d-9d59-8d9bee1ce163', 'CoLead', false, '2026-12-07 12:00:00+00', NULL, NULL, NULL, 'FirstName', 0, NULL, false, 'NotQuoted', false, NULL, NULL);
INSERT INTO public."Memberships" VALUES ('01a24f3c-75fe-7b15-9ab4-b7ad8b6f3d89', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', 'Facilitator', false, '2026-12-07 12:00:00+00', NULL, NULL, NULL, 'FirstName', 0, NULL, false, 'NotQuoted', false, NULL, NULL);
INSERT INTO public."Memberships" VALUES ('01a24f3c-760b-778b-be7a-0f762788daf0', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', 'Member', true, '2026-12-07 12:00:00+00', NULL, 'Harbourside Carers Network', 'Carer', 'FirstName', 6, 'A seat near the door, please.', true, 'ByRole', true, 'Twenty years of caring for my brother', 'People who have changed a ward''s rules');
INSERT INTO public."Memberships" VALUES ('01a24f3c-7610-76f4-b6c2-9885afcd1780', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', 'Member', false, '2026-12-07 12:00:00+00', NULL, 'Harbourside NHS Trust', 'Ward manager', 'RoleOnly', 0, NULL, true, 'ByName', false, NULL, NULL);
INSERT INTO public."Memberships" VALUES ('01a24f3c-7613-7536-abf7-604a57f7e1e7', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-73d7-7f25-8e91-247cc5f47a75', 'Member', false, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00', NULL, NULL, 'FirstName', 0, NULL, false, 'NotQuoted', false, NULL, NULL);


--
-- Data for Name: ModerationEntries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ModerationEntries" VALUES ('01a24f3c-8602-7dbb-ba77-d109910f7c8c', '01a24f3c-81d5-7692-b3cf-06be7079d508', '216408af-a066-452e-97a2-23b0f4accabf', 'Pinned', NULL, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');
INSERT INTO public."ModerationEntries" VALUES ('01a24f3c-8634-7202-9cf1-b47d8106bf01', '01a24f3c-81d5-7692-b3cf-06be7079d508', '8418d225-1d4e-4467-8885-5c79dcd591a9', 'Hidden', 'Not for this room', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00');


--
-- Data for Name: Outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Outbox" VALUES ('01a24f3c-772d-70ae-bfa5-5fe4a944ab5d', 'morgan.price@example.org', 'Welcome to Harbourside', 'Hello Morgan.', '2026-12-07 12:00:00+00');


--
-- Data for Name: People; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."People" VALUES ('01a24f3c-711d-791b-ad9a-0be84ec2c08c', 'Ada Admin', '2026-12-07 12:00:00+00', 'ada.admin@example.org', 'ADA.ADMIN@EXAMPLE.ORG', 'ada.admin@example.org', 'ADA.ADMIN@EXAMPLE.ORG', true, NULL, 'T6BIF27G66L57XSCLG2FKKK7TQY64ZA7', 'dce954ad-60fc-451c-8754-2893671a211f', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-739b-708d-9d59-8d9bee1ce163', 'Chidi Okafor', '2026-12-07 12:00:00+00', 'chidi.okafor@example.org', 'CHIDI.OKAFOR@EXAMPLE.ORG', 'chidi.okafor@example.org', 'CHIDI.OKAFOR@EXAMPLE.ORG', true, NULL, '573LKK3BIJ7WHNGGGX3ZBFPNNCEBGL4L', '44e134d7-6463-4b2d-8930-bb9ccffdab40', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-73ae-7898-9c6a-d5fde8c77d12', 'Fatima Hussain', '2026-12-07 12:00:00+00', 'fatima.hussain@example.org', 'FATIMA.HUSSAIN@EXAMPLE.ORG', 'fatima.hussain@example.org', 'FATIMA.HUSSAIN@EXAMPLE.ORG', true, NULL, 'PSHELDLWBNLSXCMF43F6TKDHP6XXK7FQ', '7d1f4a36-1ffb-4b86-8886-2d52d63ffc4c', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', 'Morgan Price', '2026-12-07 12:00:00+00', 'morgan.price@example.org', 'MORGAN.PRICE@EXAMPLE.ORG', 'morgan.price@example.org', 'MORGAN.PRICE@EXAMPLE.ORG', true, NULL, 'J5QRBCUSS3ZUEE7NUFEERB32BWBHXRR3', 'f9ab0e8f-f1d7-4aa8-9440-cba360620008', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', 'Riley Shaw', '2026-12-07 12:00:00+00', 'riley.shaw@example.org', 'RILEY.SHAW@EXAMPLE.ORG', 'riley.shaw@example.org', 'RILEY.SHAW@EXAMPLE.ORG', true, NULL, 'JLIX4CB532Q6TT6JLK2FNXW4WVVYWIPG', 'eafbc15a-abb1-4fcf-bca9-9771be26b6a7', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-73d7-7f25-8e91-247cc5f47a75', 'Lee Barnes', '2026-12-07 12:00:00+00', 'lee.barnes@example.org', 'LEE.BARNES@EXAMPLE.ORG', 'lee.barnes@example.org', 'LEE.BARNES@EXAMPLE.ORG', true, NULL, 'ILY7GMO7QAMMWGRGFRN2ENMTBYKNDZOV', 'a96ab0e1-cd0d-43c2-b01e-19527dcabb21', NULL, false, false, NULL, true, 0);
INSERT INTO public."People" VALUES ('01a24f3c-73dd-730a-93be-6039d255fb0d', 'Jo Ellis', '2026-12-07 12:00:00+00', 'jo.ellis@example.org', 'JO.ELLIS@EXAMPLE.ORG', 'jo.ellis@example.org', 'JO.ELLIS@EXAMPLE.ORG', true, NULL, 'BC3NEYH646JYNMM5CZOG4MGZNBAKYG3F', '6e0e900a-e4fa-4a4c-9bbb-b3ab1e2cd509', NULL, false, false, NULL, true, 0);


--
-- Data for Name: PersonClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: PersonLogins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: PersonRoles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."PersonRoles" VALUES ('01a24f3c-711d-791b-ad9a-0be84ec2c08c', '01a24f3c-72a3-71ae-87e7-93d0872dde6b');


--
-- Data for Name: PersonTokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Reactions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Reactions" VALUES ('01a24f3c-85be-7fab-a012-85d2d8405e51', '01a24f3c-81d5-7692-b3cf-06be7079d508', '216408af-a066-452e-97a2-23b0f4accabf', '01a24f3c-739b-708d-9d59-8d9bee1ce163', 'Heart', 10, '2026-12-07 12:00:00+00');


--
-- Data for Name: RoleClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Roles" VALUES ('01a24f3c-72a3-71ae-87e7-93d0872dde6b', 'SiteAdmin', 'SITEADMIN', '63df850f-205a-4c96-b57a-bbbd62f55b47');


--
-- Data for Name: RoomEvents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 1, 'RoomOpened', NULL, '{"state":"Open","at":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 2, 'PromptOpened', NULL, '{"id":"01a24f3c-82fe-721e-b6a1-c6c8cecc59da","kind":"Scaling","text":"Where are we now, from 1 to 10?","audience":"Everyone","asksGoodEnough":true,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":null}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 3, 'PromptOpened', NULL, '{"id":"01a24f3c-838a-7a63-8b49-abfd7c144b14","kind":"Reflection","text":"What stayed with you today?","audience":"Everyone","asksGoodEnough":false,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":null}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 4, 'ContributionAdded', '216408af-a066-452e-97a2-23b0f4accabf', '{"id":"216408af-a066-452e-97a2-23b0f4accabf","sequence":4,"promptId":"01a24f3c-838a-7a63-8b49-abfd7c144b14","breakoutGroupNumber":null,"kind":"Answer","text":"Being asked, not told.","scale":null,"goodEnough":null,"name":"Morgan","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 5, 'ContributionAdded', '7d558564-8dac-43b2-9e57-9ec5a56004fb', '{"id":"7d558564-8dac-43b2-9e57-9ec5a56004fb","sequence":5,"promptId":"01a24f3c-838a-7a63-8b49-abfd7c144b14","breakoutGroupNumber":null,"kind":"Answer","text":"That the rules can change.","scale":null,"goodEnough":null,"name":null,"photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 6, 'ContributionAdded', '5c4fa4e9-0aea-4c3a-b2ce-d9ad847ce137', '{"id":"5c4fa4e9-0aea-4c3a-b2ce-d9ad847ce137","sequence":6,"promptId":"01a24f3c-82fe-721e-b6a1-c6c8cecc59da","breakoutGroupNumber":null,"kind":"Scale","text":"Better than last month.","scale":7,"goodEnough":5,"name":"Morgan","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 7, 'ContributionAdded', '93e5b038-ffed-4e75-a9bd-ec14271e2e2f', '{"id":"93e5b038-ffed-4e75-a9bd-ec14271e2e2f","sequence":7,"promptId":"01a24f3c-838a-7a63-8b49-abfd7c144b14","breakoutGroupNumber":null,"kind":"Spoken","text":"Said aloud: the caf\u00E9 helped.","scale":null,"goodEnough":null,"name":"Ward manager, Harbourside NHS Trust","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 8, 'ContributionAdded', '42f22080-ef01-4932-bb0f-460cf13b1dee', '{"id":"42f22080-ef01-4932-bb0f-460cf13b1dee","sequence":8,"promptId":null,"breakoutGroupNumber":null,"kind":"Photo","text":null,"scale":null,"goodEnough":null,"name":"Morgan","photo":{"description":"Our flipchart of hopes","contentType":"image/png"},"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 10, 'ReactionsChanged', '216408af-a066-452e-97a2-23b0f4accabf', '{"contributionId":"216408af-a066-452e-97a2-23b0f4accabf","agree":0,"thankYou":0,"heart":1,"lightbulb":0,"question":0,"total":1}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 11, 'ContributionPinned', '216408af-a066-452e-97a2-23b0f4accabf', '{"id":"216408af-a066-452e-97a2-23b0f4accabf","pinned":true}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 9, 'ContributionHidden', '8418d225-1d4e-4467-8885-5c79dcd591a9', '{"id":"8418d225-1d4e-4467-8885-5c79dcd591a9"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 12, 'ContributionHidden', '8418d225-1d4e-4467-8885-5c79dcd591a9', '{"id":"8418d225-1d4e-4467-8885-5c79dcd591a9"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 13, 'ContributionAdded', 'a30d8cc6-182e-46f3-8c36-2b1acc932f43', '{"id":"a30d8cc6-182e-46f3-8c36-2b1acc932f43","sequence":13,"promptId":"01a24f3c-838a-7a63-8b49-abfd7c144b14","breakoutGroupNumber":null,"kind":"Answer","text":"Thank you for having me.","scale":null,"goodEnough":null,"name":"Gina Walsh","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 14, 'PromptClosed', NULL, '{"id":"01a24f3c-82fe-721e-b6a1-c6c8cecc59da","kind":"Scaling","text":"Where are we now, from 1 to 10?","audience":"Everyone","asksGoodEnough":true,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 15, 'PromptClosed', NULL, '{"id":"01a24f3c-838a-7a63-8b49-abfd7c144b14","kind":"Reflection","text":"What stayed with you today?","audience":"Everyone","asksGoodEnough":false,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomEvents" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', 16, 'RoomClosed', NULL, '{"state":"Closed","at":"2026-12-07T12:00:00+00:00"}', '2026-12-07 12:00:00+00');


--
-- Data for Name: RoomGuests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RoomGuests" VALUES ('01a24f3c-86c0-78b0-889a-7f96315f347d', '01a24f3c-81d5-7692-b3cf-06be7079d508', 'Gina Walsh', '1db7acef70ee9e27b010f3ca80bf262eb9b2c3e16f3972a1bbbfef55e5519a6a', '2026-12-07 12:00:00+00');


--
-- Data for Name: RoomPrompts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RoomPrompts" VALUES ('01a24f3c-82fe-721e-b6a1-c6c8cecc59da', '01a24f3c-81d5-7692-b3cf-06be7079d508', 'Scaling', 'Where are we now, from 1 to 10?', 'Everyone', true, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');
INSERT INTO public."RoomPrompts" VALUES ('01a24f3c-838a-7a63-8b49-abfd7c144b14', '01a24f3c-81d5-7692-b3cf-06be7079d508', 'Reflection', 'What stayed with you today?', 'Everyone', false, '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');


--
-- Data for Name: Rooms; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Rooms" VALUES ('01a24f3c-81d5-7692-b3cf-06be7079d508', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', 'Closed', NULL, NULL, 16, 'f8ec12767886a56d12a0772a477191d5e10529029da4ee4ff0521ebc4e2cfdd8', '64e608a517a50df56bb1fe2c814899e7b9e4edb2696f640e744308a2a06e4465', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');


--
-- Data for Name: RunningOrderItems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c84-7d89-9c66-5b3290d13080', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 1, 'Meet, greet and offer refreshments', 10, 'Item', NULL, 'There is no such thing as late: whoever arrives is the right person.');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-71db-926f-435f581a6860', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 12, 'Networking, and finishing the refreshments', 5, 'Item', NULL, NULL);
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-7397-bd72-730bfd673e0c', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 9, 'Conclusions, and the questions still open', 10, 'Item', NULL, NULL);
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-73b0-944f-9543a58f8558', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 4, 'Updates on progress for this and other community topics', 10, 'Item', NULL, NULL);
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-73cb-b46b-e574b3470300', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 5, 'Presentation or case study', 5, 'Presentation', NULL, 'Five minutes at most: a starting point for the conversation, not an end in itself.');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-73fa-b9f7-b871a3c41568', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 6, 'Examples of good practice', 10, 'Item', NULL, 'Could you tell me more about that? Who notices that this is good practice?');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-7438-ac84-5d75348e6df8', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 10, 'Final thoughts on how useful today was', 5, 'Item', NULL, NULL);
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-771c-9cc7-5c541e754b0b', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 8, 'Facilitated discussion', 25, 'Item', NULL, 'Preferred future, what already works, scaling questions (1 to 10, and what is good enough).');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-773b-9bf7-997866fa83b6', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 2, 'Introductions and best hopes', 15, 'Item', NULL, 'If this session is a good use of your time, what will have happened?');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-78f3-9a44-c9d87a9d3d97', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 3, 'What''s gone well since we last met?', 10, 'Item', NULL, 'Say ''recently'' for people who are new.');
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-7977-a903-6460996109c6', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 11, 'Thanks, and the date of the next session', 5, 'Item', NULL, NULL);
INSERT INTO public."RunningOrderItems" VALUES ('01a24f3c-7c8a-7d21-8296-ffdb34f2405a', '01a24f3c-7b6f-78e0-adf3-2635798450f7', 7, 'Clarification questions, round the table in turn', 10, 'Item', NULL, NULL);


--
-- Data for Name: Series; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Series" VALUES ('01a24f3c-7b28-7885-aabe-a635a30b8c63', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Harbourside sessions', 'EveryFewMonths', 1, 'Friday', 2, '14:00:00', '16:00:00', true, '10:00:00', '11:00:00', 'Hybrid', '01a24f3c-739b-708d-9d59-8d9bee1ce163', '2026-12-07 12:00:00+00');


--
-- Data for Name: Sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Sessions" VALUES ('01a24f3c-7b6f-7ea9-bfd3-13ce7ed76fa4', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-7b28-7885-aabe-a635a30b8c63', 'PreparationMeeting', 1, NULL, '2026-12-17 14:00:00+00', '2026-12-17 16:00:00+00', 'Online', 'https://meet.example.org/harbourside', NULL, NULL, NULL, NULL, NULL, 'Scheduled', NULL, NULL, 0, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');
INSERT INTO public."Sessions" VALUES ('01a24f3c-7b6f-78e0-adf3-2635798450f7', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-7b28-7885-aabe-a635a30b8c63', 'Session', 3, 'Session 3: what a kind crisis plan looks like', '2027-01-01 14:00:00+00', '2027-01-01 16:00:00+00', 'Hybrid', 'https://meet.example.org/harbourside', 'Harbourside Library, Room 2', 'Through the main doors, lift to the first floor.', true, false, 2, 'Scheduled', NULL, NULL, 0, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');
INSERT INTO public."Sessions" VALUES ('01a24f3c-7b6a-7e3c-a99b-727c78a283a2', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-7b28-7885-aabe-a635a30b8c63', 'Session', 1, 'Session 1: what a kind crisis plan looks like', '2026-11-09 14:00:00+00', '2026-11-09 16:00:00+00', 'Hybrid', 'https://meet.example.org/harbourside', 'Harbourside Library, Room 2', 'Through the main doors, lift to the first floor.', true, false, NULL, 'Scheduled', NULL, NULL, 0, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');
INSERT INTO public."Sessions" VALUES ('01a24f3c-7b6f-7dbb-9326-710a09908ff4', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', '01a24f3c-7b28-7885-aabe-a635a30b8c63', 'Session', 2, 'Session 2: what a kind crisis plan looks like', '2026-12-06 14:00:00+00', '2026-12-06 16:00:00+00', 'Hybrid', 'https://meet.example.org/harbourside', 'Harbourside Library, Room 2', 'Through the main doors, lift to the first floor.', true, false, NULL, 'Scheduled', NULL, NULL, 0, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00');


--
-- Data for Name: SignInLinks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."SignInLinks" VALUES ('01a24f3c-8177-7a1d-9db3-aebea942aa1b', 'morgan.price@example.org', 'b1439e93ff5d38e63b7b44b7872327837c766d4e334d0c4adda40cc9a950b988', '72368d79-404c-4b25-94ec-7acf568dad67', NULL, '2026-12-07 12:00:00+00', '2026-12-07 12:10:00+00', NULL, NULL);


--
-- Data for Name: SignUps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."SignUps" VALUES ('01a24f3c-7d6c-7510-88cc-88cbff2c8327', '01a24f3c-7b6f-78e0-adf3-2635798450f7', '01a24f3c-73bf-7c74-b58d-de43d7cd8aa1', 'Booked', 2, 'A seat near the door, please.', '2026-12-07 12:00:00+00', NULL, '2026-12-07 12:00:00+00', NULL);
INSERT INTO public."SignUps" VALUES ('01a24f3c-7e02-7ac8-a440-9249d1a019e0', '01a24f3c-7b6f-78e0-adf3-2635798450f7', '01a24f3c-73cc-7486-81b5-3a9d38b3b3c4', 'Booked', 0, NULL, '2026-12-07 12:00:00+00', NULL, '2026-12-07 12:00:00+00', NULL);
INSERT INTO public."SignUps" VALUES ('01a24f3c-7e0f-7b1a-98cd-ed19794c9574', '01a24f3c-7b6f-78e0-adf3-2635798450f7', '01a24f3c-73ae-7898-9c6a-d5fde8c77d12', 'Waiting', 0, NULL, '2026-12-07 12:00:00+00', '2026-12-07 12:00:00+00', NULL, NULL);


--
-- Data for Name: SubGroupMembers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."SubGroupMembers" VALUES ('1b2ef977-8af1-4f21-9b69-f56ace2ab55a', '01a24f3c-760b-778b-be7a-0f762788daf0', '2026-12-07 12:00:00+00');


--
-- Data for Name: SubGroups; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."SubGroups" VALUES ('1b2ef977-8af1-4f21-9b69-f56ace2ab55a', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'Carers'' circle', 'Carers meeting between sessions', '2026-12-07 12:00:00+00');


--
-- Data for Name: ToBeConfirmed; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ToBeConfirmed" VALUES ('01a24f3c-770a-7c08-aea3-3b4fcd6d91f8', '01a24f3c-73e8-77a4-8e44-390a6c8ee762', 'our-purpose', 'Which wards take part in the first year', '2026-12-04', 'The trust''s lead nurse', '01a24f3c-739b-708d-9d59-8d9bee1ce163', '2026-12-07 12:00:00+00', NULL, NULL);


--
-- Data for Name: UnmatchedAttendees; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."UnmatchedAttendees" VALUES ('01a24f3c-7f78-76f3-8ed7-71f32e5764d7', '01a24f3c-7b6f-7dbb-9326-710a09908ff4', 'Una Quinn', 'una.quinn@example.org', NULL, NULL, '2026-12-07 12:00:00+00', NULL, NULL);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."__EFMigrationsHistory" VALUES ('20261121120000_Foundation', '10.0.15');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122090000_CommunitiesAndPeople', '10.0.15');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261123090000_InvitationNote', '10.0.15');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261124090000_Sessions', '10.0.15');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261125090000_LiveRoom', '10.0.15');


--
-- Name: DataProtectionKeys_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."DataProtectionKeys_Id_seq"', 1, true);


--
-- Name: PersonClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."PersonClaims_Id_seq"', 1, false);


--
-- Name: RoleClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."RoleClaims_Id_seq"', 1, false);


--
-- Name: ApiTokens PK_ApiTokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApiTokens"
    ADD CONSTRAINT "PK_ApiTokens" PRIMARY KEY ("Id");


--
-- Name: Attendance PK_Attendance; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Attendance"
    ADD CONSTRAINT "PK_Attendance" PRIMARY KEY ("Id");


--
-- Name: BreakoutGroups PK_BreakoutGroups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutGroups"
    ADD CONSTRAINT "PK_BreakoutGroups" PRIMARY KEY ("Id");


--
-- Name: BreakoutMembers PK_BreakoutMembers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutMembers"
    ADD CONSTRAINT "PK_BreakoutMembers" PRIMARY KEY ("SessionId", "PersonId");


--
-- Name: CalendarFeeds PK_CalendarFeeds; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CalendarFeeds"
    ADD CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY ("Id");


--
-- Name: CharterSections PK_CharterSections; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterSections"
    ADD CONSTRAINT "PK_CharterSections" PRIMARY KEY ("Id");


--
-- Name: CharterSuggestions PK_CharterSuggestions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterSuggestions"
    ADD CONSTRAINT "PK_CharterSuggestions" PRIMARY KEY ("Id");


--
-- Name: CharterVersions PK_CharterVersions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterVersions"
    ADD CONSTRAINT "PK_CharterVersions" PRIMARY KEY ("Id");


--
-- Name: Communities PK_Communities; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Communities"
    ADD CONSTRAINT "PK_Communities" PRIMARY KEY ("Id");


--
-- Name: ConsentChanges PK_ConsentChanges; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConsentChanges"
    ADD CONSTRAINT "PK_ConsentChanges" PRIMARY KEY ("Id");


--
-- Name: ContributionPhotos PK_ContributionPhotos; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ContributionPhotos"
    ADD CONSTRAINT "PK_ContributionPhotos" PRIMARY KEY ("ContributionId");


--
-- Name: Contributions PK_Contributions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "PK_Contributions" PRIMARY KEY ("Id");


--
-- Name: DataProtectionKeys PK_DataProtectionKeys; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DataProtectionKeys"
    ADD CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY ("Id");


--
-- Name: DiscussionPrinciples PK_DiscussionPrinciples; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DiscussionPrinciples"
    ADD CONSTRAINT "PK_DiscussionPrinciples" PRIMARY KEY ("Id");


--
-- Name: IdentityOptions PK_IdentityOptions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."IdentityOptions"
    ADD CONSTRAINT "PK_IdentityOptions" PRIMARY KEY ("Id");


--
-- Name: Invitations PK_Invitations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Invitations"
    ADD CONSTRAINT "PK_Invitations" PRIMARY KEY ("Id");


--
-- Name: JoinRequests PK_JoinRequests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JoinRequests"
    ADD CONSTRAINT "PK_JoinRequests" PRIMARY KEY ("Id");


--
-- Name: MemberIdentities PK_MemberIdentities; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberIdentities"
    ADD CONSTRAINT "PK_MemberIdentities" PRIMARY KEY ("MembershipId", "IdentityOptionId");


--
-- Name: Memberships PK_Memberships; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Memberships"
    ADD CONSTRAINT "PK_Memberships" PRIMARY KEY ("Id");


--
-- Name: ModerationEntries PK_ModerationEntries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ModerationEntries"
    ADD CONSTRAINT "PK_ModerationEntries" PRIMARY KEY ("Id");


--
-- Name: Outbox PK_Outbox; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Outbox"
    ADD CONSTRAINT "PK_Outbox" PRIMARY KEY ("Id");


--
-- Name: People PK_People; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."People"
    ADD CONSTRAINT "PK_People" PRIMARY KEY ("Id");


--
-- Name: PersonClaims PK_PersonClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonClaims"
    ADD CONSTRAINT "PK_PersonClaims" PRIMARY KEY ("Id");


--
-- Name: PersonLogins PK_PersonLogins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonLogins"
    ADD CONSTRAINT "PK_PersonLogins" PRIMARY KEY ("LoginProvider", "ProviderKey");


--
-- Name: PersonRoles PK_PersonRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonRoles"
    ADD CONSTRAINT "PK_PersonRoles" PRIMARY KEY ("UserId", "RoleId");


--
-- Name: PersonTokens PK_PersonTokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonTokens"
    ADD CONSTRAINT "PK_PersonTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name");


--
-- Name: Reactions PK_Reactions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reactions"
    ADD CONSTRAINT "PK_Reactions" PRIMARY KEY ("Id");


--
-- Name: RoleClaims PK_RoleClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoleClaims"
    ADD CONSTRAINT "PK_RoleClaims" PRIMARY KEY ("Id");


--
-- Name: Roles PK_Roles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Roles"
    ADD CONSTRAINT "PK_Roles" PRIMARY KEY ("Id");


--
-- Name: RoomEvents PK_RoomEvents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomEvents"
    ADD CONSTRAINT "PK_RoomEvents" PRIMARY KEY ("RoomId", "Sequence");


--
-- Name: RoomGuests PK_RoomGuests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomGuests"
    ADD CONSTRAINT "PK_RoomGuests" PRIMARY KEY ("Id");


--
-- Name: RoomPrompts PK_RoomPrompts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomPrompts"
    ADD CONSTRAINT "PK_RoomPrompts" PRIMARY KEY ("Id");


--
-- Name: Rooms PK_Rooms; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rooms"
    ADD CONSTRAINT "PK_Rooms" PRIMARY KEY ("Id");


--
-- Name: RunningOrderItems PK_RunningOrderItems; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RunningOrderItems"
    ADD CONSTRAINT "PK_RunningOrderItems" PRIMARY KEY ("Id");


--
-- Name: Series PK_Series; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Series"
    ADD CONSTRAINT "PK_Series" PRIMARY KEY ("Id");


--
-- Name: Sessions PK_Sessions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sessions"
    ADD CONSTRAINT "PK_Sessions" PRIMARY KEY ("Id");


--
-- Name: SignInLinks PK_SignInLinks; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SignInLinks"
    ADD CONSTRAINT "PK_SignInLinks" PRIMARY KEY ("Id");


--
-- Name: SignUps PK_SignUps; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SignUps"
    ADD CONSTRAINT "PK_SignUps" PRIMARY KEY ("Id");


--
-- Name: SubGroupMembers PK_SubGroupMembers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubGroupMembers"
    ADD CONSTRAINT "PK_SubGroupMembers" PRIMARY KEY ("SubGroupId", "MembershipId");


--
-- Name: SubGroups PK_SubGroups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubGroups"
    ADD CONSTRAINT "PK_SubGroups" PRIMARY KEY ("Id");


--
-- Name: ToBeConfirmed PK_ToBeConfirmed; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ToBeConfirmed"
    ADD CONSTRAINT "PK_ToBeConfirmed" PRIMARY KEY ("Id");


--
-- Name: UnmatchedAttendees PK_UnmatchedAttendees; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UnmatchedAttendees"
    ADD CONSTRAINT "PK_UnmatchedAttendees" PRIMARY KEY ("Id");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: EmailIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "EmailIndex" ON public."People" USING btree ("NormalizedEmail");


--
-- Name: IX_ApiTokens_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ApiTokens_PersonId" ON public."ApiTokens" USING btree ("PersonId");


--
-- Name: IX_ApiTokens_TokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON public."ApiTokens" USING btree ("TokenHash");


--
-- Name: IX_Attendance_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Attendance_PersonId" ON public."Attendance" USING btree ("PersonId");


--
-- Name: IX_Attendance_SessionId_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Attendance_SessionId_PersonId" ON public."Attendance" USING btree ("SessionId", "PersonId");


--
-- Name: IX_BreakoutGroups_ChairId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_BreakoutGroups_ChairId" ON public."BreakoutGroups" USING btree ("ChairId");


--
-- Name: IX_BreakoutGroups_SessionId_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_BreakoutGroups_SessionId_Number" ON public."BreakoutGroups" USING btree ("SessionId", "Number");


--
-- Name: IX_BreakoutMembers_GroupId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_BreakoutMembers_GroupId" ON public."BreakoutMembers" USING btree ("GroupId");


--
-- Name: IX_BreakoutMembers_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_BreakoutMembers_PersonId" ON public."BreakoutMembers" USING btree ("PersonId");


--
-- Name: IX_CalendarFeeds_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CalendarFeeds_PersonId" ON public."CalendarFeeds" USING btree ("PersonId");


--
-- Name: IX_CalendarFeeds_TokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON public."CalendarFeeds" USING btree ("TokenHash");


--
-- Name: IX_CharterSections_VersionId_Key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CharterSections_VersionId_Key" ON public."CharterSections" USING btree ("VersionId", "Key");


--
-- Name: IX_CharterSuggestions_AuthorId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CharterSuggestions_AuthorId" ON public."CharterSuggestions" USING btree ("AuthorId");


--
-- Name: IX_CharterSuggestions_CommunityId_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CharterSuggestions_CommunityId_Status" ON public."CharterSuggestions" USING btree ("CommunityId", "Status");


--
-- Name: IX_CharterSuggestions_SubmissionKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CharterSuggestions_SubmissionKey" ON public."CharterSuggestions" USING btree ("SubmissionKey");


--
-- Name: IX_CharterVersions_AuthorId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CharterVersions_AuthorId" ON public."CharterVersions" USING btree ("AuthorId");


--
-- Name: IX_CharterVersions_CommunityId_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CharterVersions_CommunityId_Number" ON public."CharterVersions" USING btree ("CommunityId", "Number");


--
-- Name: IX_CharterVersions_CreditedToId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CharterVersions_CreditedToId" ON public."CharterVersions" USING btree ("CreditedToId");


--
-- Name: IX_Communities_Slug; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Communities_Slug" ON public."Communities" USING btree ("Slug");


--
-- Name: IX_ConsentChanges_MembershipId_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ConsentChanges_MembershipId_At" ON public."ConsentChanges" USING btree ("MembershipId", "At");


--
-- Name: IX_Contributions_GuestId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Contributions_GuestId" ON public."Contributions" USING btree ("GuestId");


--
-- Name: IX_Contributions_HiddenById; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Contributions_HiddenById" ON public."Contributions" USING btree ("HiddenById");


--
-- Name: IX_Contributions_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Contributions_PersonId" ON public."Contributions" USING btree ("PersonId");


--
-- Name: IX_Contributions_PromptId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Contributions_PromptId" ON public."Contributions" USING btree ("PromptId");


--
-- Name: IX_Contributions_RoomId_Sequence; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Contributions_RoomId_Sequence" ON public."Contributions" USING btree ("RoomId", "Sequence");


--
-- Name: IX_Contributions_SpokenById; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Contributions_SpokenById" ON public."Contributions" USING btree ("SpokenById");


--
-- Name: IX_DiscussionPrinciples_VersionId_Position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DiscussionPrinciples_VersionId_Position" ON public."DiscussionPrinciples" USING btree ("VersionId", "Position");


--
-- Name: IX_IdentityOptions_CommunityId_Position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_IdentityOptions_CommunityId_Position" ON public."IdentityOptions" USING btree ("CommunityId", "Position");


--
-- Name: IX_Invitations_CommunityId_Email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Invitations_CommunityId_Email" ON public."Invitations" USING btree ("CommunityId", "Email");


--
-- Name: IX_Invitations_InvitedById; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Invitations_InvitedById" ON public."Invitations" USING btree ("InvitedById");


--
-- Name: IX_Invitations_TokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON public."Invitations" USING btree ("TokenHash");


--
-- Name: IX_JoinRequests_CommunityId_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_JoinRequests_CommunityId_Status" ON public."JoinRequests" USING btree ("CommunityId", "Status");


--
-- Name: IX_JoinRequests_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_JoinRequests_PersonId" ON public."JoinRequests" USING btree ("PersonId");


--
-- Name: IX_MemberIdentities_IdentityOptionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_MemberIdentities_IdentityOptionId" ON public."MemberIdentities" USING btree ("IdentityOptionId");


--
-- Name: IX_Memberships_CommunityId_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Memberships_CommunityId_PersonId" ON public."Memberships" USING btree ("CommunityId", "PersonId");


--
-- Name: IX_Memberships_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Memberships_PersonId" ON public."Memberships" USING btree ("PersonId");


--
-- Name: IX_ModerationEntries_ById; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ModerationEntries_ById" ON public."ModerationEntries" USING btree ("ById");


--
-- Name: IX_ModerationEntries_ContributionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ModerationEntries_ContributionId" ON public."ModerationEntries" USING btree ("ContributionId");


--
-- Name: IX_ModerationEntries_RoomId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ModerationEntries_RoomId" ON public."ModerationEntries" USING btree ("RoomId");


--
-- Name: IX_Outbox_CreatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Outbox_CreatedAt" ON public."Outbox" USING btree ("CreatedAt");


--
-- Name: IX_PersonClaims_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_PersonClaims_UserId" ON public."PersonClaims" USING btree ("UserId");


--
-- Name: IX_PersonLogins_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_PersonLogins_UserId" ON public."PersonLogins" USING btree ("UserId");


--
-- Name: IX_PersonRoles_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_PersonRoles_RoleId" ON public."PersonRoles" USING btree ("RoleId");


--
-- Name: IX_Reactions_ContributionId_ReactorId_Kind; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Reactions_ContributionId_ReactorId_Kind" ON public."Reactions" USING btree ("ContributionId", "ReactorId", "Kind");


--
-- Name: IX_Reactions_RoomId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Reactions_RoomId" ON public."Reactions" USING btree ("RoomId");


--
-- Name: IX_RoleClaims_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RoleClaims_RoleId" ON public."RoleClaims" USING btree ("RoleId");


--
-- Name: IX_RoomEvents_ContributionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RoomEvents_ContributionId" ON public."RoomEvents" USING btree ("ContributionId");


--
-- Name: IX_RoomGuests_RoomId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RoomGuests_RoomId" ON public."RoomGuests" USING btree ("RoomId");


--
-- Name: IX_RoomGuests_TokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_RoomGuests_TokenHash" ON public."RoomGuests" USING btree ("TokenHash");


--
-- Name: IX_RoomPrompts_OpenedById; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RoomPrompts_OpenedById" ON public."RoomPrompts" USING btree ("OpenedById");


--
-- Name: IX_RoomPrompts_RoomId_OpenedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RoomPrompts_RoomId_OpenedAt" ON public."RoomPrompts" USING btree ("RoomId", "OpenedAt");


--
-- Name: IX_Rooms_CurrentItemId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Rooms_CurrentItemId" ON public."Rooms" USING btree ("CurrentItemId");


--
-- Name: IX_Rooms_JoinTokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Rooms_JoinTokenHash" ON public."Rooms" USING btree ("JoinTokenHash");


--
-- Name: IX_Rooms_ProjectorTokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Rooms_ProjectorTokenHash" ON public."Rooms" USING btree ("ProjectorTokenHash");


--
-- Name: IX_Rooms_SessionId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Rooms_SessionId" ON public."Rooms" USING btree ("SessionId");


--
-- Name: IX_RunningOrderItems_SessionId_Position; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_RunningOrderItems_SessionId_Position" ON public."RunningOrderItems" USING btree ("SessionId", "Position");


--
-- Name: IX_Series_CommunityId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Series_CommunityId" ON public."Series" USING btree ("CommunityId");


--
-- Name: IX_Sessions_CommunityId_Kind_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Sessions_CommunityId_Kind_Number" ON public."Sessions" USING btree ("CommunityId", "Kind", "Number");


--
-- Name: IX_Sessions_CommunityId_StartsAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sessions_CommunityId_StartsAt" ON public."Sessions" USING btree ("CommunityId", "StartsAt");


--
-- Name: IX_Sessions_SeriesId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sessions_SeriesId" ON public."Sessions" USING btree ("SeriesId");


--
-- Name: IX_SignInLinks_Email_CreatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_SignInLinks_Email_CreatedAt" ON public."SignInLinks" USING btree ("Email", "CreatedAt");


--
-- Name: IX_SignInLinks_SubmissionKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_SignInLinks_SubmissionKey" ON public."SignInLinks" USING btree ("SubmissionKey");


--
-- Name: IX_SignInLinks_TokenHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_SignInLinks_TokenHash" ON public."SignInLinks" USING btree ("TokenHash");


--
-- Name: IX_SignUps_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_SignUps_PersonId" ON public."SignUps" USING btree ("PersonId");


--
-- Name: IX_SignUps_SessionId_PersonId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_SignUps_SessionId_PersonId" ON public."SignUps" USING btree ("SessionId", "PersonId");


--
-- Name: IX_SubGroupMembers_MembershipId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_SubGroupMembers_MembershipId" ON public."SubGroupMembers" USING btree ("MembershipId");


--
-- Name: IX_SubGroups_CommunityId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_SubGroups_CommunityId" ON public."SubGroups" USING btree ("CommunityId");


--
-- Name: IX_ToBeConfirmed_CommunityId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ToBeConfirmed_CommunityId" ON public."ToBeConfirmed" USING btree ("CommunityId");


--
-- Name: IX_UnmatchedAttendees_SessionId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_UnmatchedAttendees_SessionId" ON public."UnmatchedAttendees" USING btree ("SessionId");


--
-- Name: RoleNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RoleNameIndex" ON public."Roles" USING btree ("NormalizedName");


--
-- Name: UserNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserNameIndex" ON public."People" USING btree ("NormalizedUserName");


--
-- Name: ApiTokens FK_ApiTokens_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApiTokens"
    ADD CONSTRAINT "FK_ApiTokens_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: Attendance FK_Attendance_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Attendance"
    ADD CONSTRAINT "FK_Attendance_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id");


--
-- Name: Attendance FK_Attendance_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Attendance"
    ADD CONSTRAINT "FK_Attendance_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- Name: BreakoutGroups FK_BreakoutGroups_People_ChairId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutGroups"
    ADD CONSTRAINT "FK_BreakoutGroups_People_ChairId" FOREIGN KEY ("ChairId") REFERENCES public."People"("Id") ON DELETE SET NULL;


--
-- Name: BreakoutGroups FK_BreakoutGroups_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutGroups"
    ADD CONSTRAINT "FK_BreakoutGroups_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- Name: BreakoutMembers FK_BreakoutMembers_BreakoutGroups_GroupId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutMembers"
    ADD CONSTRAINT "FK_BreakoutMembers_BreakoutGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES public."BreakoutGroups"("Id") ON DELETE CASCADE;


--
-- Name: BreakoutMembers FK_BreakoutMembers_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutMembers"
    ADD CONSTRAINT "FK_BreakoutMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: BreakoutMembers FK_BreakoutMembers_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."BreakoutMembers"
    ADD CONSTRAINT "FK_BreakoutMembers_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id");


--
-- Name: CalendarFeeds FK_CalendarFeeds_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CalendarFeeds"
    ADD CONSTRAINT "FK_CalendarFeeds_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: CharterSections FK_CharterSections_CharterVersions_VersionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterSections"
    ADD CONSTRAINT "FK_CharterSections_CharterVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES public."CharterVersions"("Id") ON DELETE CASCADE;


--
-- Name: CharterSuggestions FK_CharterSuggestions_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterSuggestions"
    ADD CONSTRAINT "FK_CharterSuggestions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: CharterSuggestions FK_CharterSuggestions_People_AuthorId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterSuggestions"
    ADD CONSTRAINT "FK_CharterSuggestions_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: CharterVersions FK_CharterVersions_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterVersions"
    ADD CONSTRAINT "FK_CharterVersions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: CharterVersions FK_CharterVersions_People_AuthorId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterVersions"
    ADD CONSTRAINT "FK_CharterVersions_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES public."People"("Id") ON DELETE RESTRICT;


--
-- Name: CharterVersions FK_CharterVersions_People_CreditedToId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CharterVersions"
    ADD CONSTRAINT "FK_CharterVersions_People_CreditedToId" FOREIGN KEY ("CreditedToId") REFERENCES public."People"("Id") ON DELETE RESTRICT;


--
-- Name: ConsentChanges FK_ConsentChanges_Memberships_MembershipId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConsentChanges"
    ADD CONSTRAINT "FK_ConsentChanges_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES public."Memberships"("Id") ON DELETE CASCADE;


--
-- Name: ContributionPhotos FK_ContributionPhotos_Contributions_ContributionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ContributionPhotos"
    ADD CONSTRAINT "FK_ContributionPhotos_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES public."Contributions"("Id") ON DELETE CASCADE;


--
-- Name: Contributions FK_Contributions_People_HiddenById; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_People_HiddenById" FOREIGN KEY ("HiddenById") REFERENCES public."People"("Id");


--
-- Name: Contributions FK_Contributions_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id");


--
-- Name: Contributions FK_Contributions_People_SpokenById; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_People_SpokenById" FOREIGN KEY ("SpokenById") REFERENCES public."People"("Id");


--
-- Name: Contributions FK_Contributions_RoomGuests_GuestId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_RoomGuests_GuestId" FOREIGN KEY ("GuestId") REFERENCES public."RoomGuests"("Id");


--
-- Name: Contributions FK_Contributions_RoomPrompts_PromptId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_RoomPrompts_PromptId" FOREIGN KEY ("PromptId") REFERENCES public."RoomPrompts"("Id");


--
-- Name: Contributions FK_Contributions_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Contributions"
    ADD CONSTRAINT "FK_Contributions_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id") ON DELETE CASCADE;


--
-- Name: DiscussionPrinciples FK_DiscussionPrinciples_CharterVersions_VersionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DiscussionPrinciples"
    ADD CONSTRAINT "FK_DiscussionPrinciples_CharterVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES public."CharterVersions"("Id") ON DELETE CASCADE;


--
-- Name: IdentityOptions FK_IdentityOptions_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."IdentityOptions"
    ADD CONSTRAINT "FK_IdentityOptions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: Invitations FK_Invitations_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Invitations"
    ADD CONSTRAINT "FK_Invitations_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: Invitations FK_Invitations_People_InvitedById; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Invitations"
    ADD CONSTRAINT "FK_Invitations_People_InvitedById" FOREIGN KEY ("InvitedById") REFERENCES public."People"("Id") ON DELETE RESTRICT;


--
-- Name: JoinRequests FK_JoinRequests_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JoinRequests"
    ADD CONSTRAINT "FK_JoinRequests_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: JoinRequests FK_JoinRequests_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."JoinRequests"
    ADD CONSTRAINT "FK_JoinRequests_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: MemberIdentities FK_MemberIdentities_IdentityOptions_IdentityOptionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberIdentities"
    ADD CONSTRAINT "FK_MemberIdentities_IdentityOptions_IdentityOptionId" FOREIGN KEY ("IdentityOptionId") REFERENCES public."IdentityOptions"("Id") ON DELETE CASCADE;


--
-- Name: MemberIdentities FK_MemberIdentities_Memberships_MembershipId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberIdentities"
    ADD CONSTRAINT "FK_MemberIdentities_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES public."Memberships"("Id") ON DELETE CASCADE;


--
-- Name: Memberships FK_Memberships_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Memberships"
    ADD CONSTRAINT "FK_Memberships_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: Memberships FK_Memberships_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Memberships"
    ADD CONSTRAINT "FK_Memberships_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: ModerationEntries FK_ModerationEntries_Contributions_ContributionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ModerationEntries"
    ADD CONSTRAINT "FK_ModerationEntries_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES public."Contributions"("Id") ON DELETE CASCADE;


--
-- Name: ModerationEntries FK_ModerationEntries_People_ById; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ModerationEntries"
    ADD CONSTRAINT "FK_ModerationEntries_People_ById" FOREIGN KEY ("ById") REFERENCES public."People"("Id");


--
-- Name: ModerationEntries FK_ModerationEntries_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ModerationEntries"
    ADD CONSTRAINT "FK_ModerationEntries_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id");


--
-- Name: PersonClaims FK_PersonClaims_People_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonClaims"
    ADD CONSTRAINT "FK_PersonClaims_People_UserId" FOREIGN KEY ("UserId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: PersonLogins FK_PersonLogins_People_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonLogins"
    ADD CONSTRAINT "FK_PersonLogins_People_UserId" FOREIGN KEY ("UserId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: PersonRoles FK_PersonRoles_People_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonRoles"
    ADD CONSTRAINT "FK_PersonRoles_People_UserId" FOREIGN KEY ("UserId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: PersonRoles FK_PersonRoles_Roles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonRoles"
    ADD CONSTRAINT "FK_PersonRoles_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."Roles"("Id") ON DELETE CASCADE;


--
-- Name: PersonTokens FK_PersonTokens_People_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonTokens"
    ADD CONSTRAINT "FK_PersonTokens_People_UserId" FOREIGN KEY ("UserId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: Reactions FK_Reactions_Contributions_ContributionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reactions"
    ADD CONSTRAINT "FK_Reactions_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES public."Contributions"("Id") ON DELETE CASCADE;


--
-- Name: Reactions FK_Reactions_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reactions"
    ADD CONSTRAINT "FK_Reactions_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id");


--
-- Name: RoleClaims FK_RoleClaims_Roles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoleClaims"
    ADD CONSTRAINT "FK_RoleClaims_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."Roles"("Id") ON DELETE CASCADE;


--
-- Name: RoomEvents FK_RoomEvents_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomEvents"
    ADD CONSTRAINT "FK_RoomEvents_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id") ON DELETE CASCADE;


--
-- Name: RoomGuests FK_RoomGuests_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomGuests"
    ADD CONSTRAINT "FK_RoomGuests_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id") ON DELETE CASCADE;


--
-- Name: RoomPrompts FK_RoomPrompts_People_OpenedById; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomPrompts"
    ADD CONSTRAINT "FK_RoomPrompts_People_OpenedById" FOREIGN KEY ("OpenedById") REFERENCES public."People"("Id");


--
-- Name: RoomPrompts FK_RoomPrompts_Rooms_RoomId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RoomPrompts"
    ADD CONSTRAINT "FK_RoomPrompts_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES public."Rooms"("Id") ON DELETE CASCADE;


--
-- Name: Rooms FK_Rooms_RunningOrderItems_CurrentItemId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rooms"
    ADD CONSTRAINT "FK_Rooms_RunningOrderItems_CurrentItemId" FOREIGN KEY ("CurrentItemId") REFERENCES public."RunningOrderItems"("Id") ON DELETE SET NULL;


--
-- Name: Rooms FK_Rooms_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Rooms"
    ADD CONSTRAINT "FK_Rooms_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- Name: RunningOrderItems FK_RunningOrderItems_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RunningOrderItems"
    ADD CONSTRAINT "FK_RunningOrderItems_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- Name: Series FK_Series_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Series"
    ADD CONSTRAINT "FK_Series_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: Sessions FK_Sessions_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sessions"
    ADD CONSTRAINT "FK_Sessions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: Sessions FK_Sessions_Series_SeriesId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sessions"
    ADD CONSTRAINT "FK_Sessions_Series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES public."Series"("Id") ON DELETE SET NULL;


--
-- Name: SignUps FK_SignUps_People_PersonId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SignUps"
    ADD CONSTRAINT "FK_SignUps_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES public."People"("Id") ON DELETE CASCADE;


--
-- Name: SignUps FK_SignUps_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SignUps"
    ADD CONSTRAINT "FK_SignUps_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- Name: SubGroupMembers FK_SubGroupMembers_Memberships_MembershipId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubGroupMembers"
    ADD CONSTRAINT "FK_SubGroupMembers_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES public."Memberships"("Id") ON DELETE CASCADE;


--
-- Name: SubGroupMembers FK_SubGroupMembers_SubGroups_SubGroupId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubGroupMembers"
    ADD CONSTRAINT "FK_SubGroupMembers_SubGroups_SubGroupId" FOREIGN KEY ("SubGroupId") REFERENCES public."SubGroups"("Id") ON DELETE CASCADE;


--
-- Name: SubGroups FK_SubGroups_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubGroups"
    ADD CONSTRAINT "FK_SubGroups_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: ToBeConfirmed FK_ToBeConfirmed_Communities_CommunityId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ToBeConfirmed"
    ADD CONSTRAINT "FK_ToBeConfirmed_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES public."Communities"("Id") ON DELETE CASCADE;


--
-- Name: UnmatchedAttendees FK_UnmatchedAttendees_Sessions_SessionId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UnmatchedAttendees"
    ADD CONSTRAINT "FK_UnmatchedAttendees_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES public."Sessions"("Id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--



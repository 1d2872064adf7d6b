PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261121120000_Foundation','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261122090000_CommunitiesAndPeople','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261123090000_InvitationNote','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261124090000_Sessions','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261125090000_LiveRoom','10.0.15');
CREATE TABLE IF NOT EXISTS "Communities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Communities" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Contact" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);
INSERT INTO Communities VALUES('01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','harbourside','Harbourside Learning Community','To learn from each other how to make crisis care kinder.','Harbourside and district','harbourside.cop@example.org','Listed',639322416000000000,639322416000000000,1);
CREATE TABLE IF NOT EXISTS "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);
INSERT INTO DataProtectionKeys VALUES(1,'key-21dcb19e-66b1-4ef5-b074-b2e925f71553','<key id="21dcb19e-66b1-4ef5-b074-b2e925f71553" version="1"><creationDate>2026-12-07T06:40:27.3300431Z</creationDate><activationDate>2026-12-07T06:40:27.3300431Z</activationDate><expirationDate>2027-03-07T06:40:27.3300431Z</expirationDate><descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" /><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><!-- Warning: the key below is in an unencrypted form. --><value>YfY4Av7TAzcoOCIj3LMrNXqGrWwUBK1DkhY4yBxvrre5OVvhO/4NfjYuAdVqwDXylborfhb5ZqH6G72NoTFswA==</value></masterKey></descriptor></descriptor></key>');
CREATE TABLE IF NOT EXISTS "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);
INSERT INTO Outbox VALUES('01A24F3B-8C3C-7975-B382-A4D210FC4939','morgan.price@example.org','Welcome to Harbourside','Hello Morgan.',639322416000000000);
CREATE TABLE IF NOT EXISTS "People" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
INSERT INTO People VALUES('01A24F3B-8385-7640-B64F-C93176FB033E','Ada Admin',639322416000000000,'ada.admin@example.org','ADA.ADMIN@EXAMPLE.ORG','ada.admin@example.org','ADA.ADMIN@EXAMPLE.ORG',1,NULL,'C53QXZDCHELM5KY3VAUV5PDESA7IY7TS','851bbd86-8e84-43f3-8189-8c02df78c171',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-863F-78F1-B667-38C057003C33','Chidi Okafor',639322416000000000,'chidi.okafor@example.org','CHIDI.OKAFOR@EXAMPLE.ORG','chidi.okafor@example.org','CHIDI.OKAFOR@EXAMPLE.ORG',1,NULL,'US5HEJ6PPRLEC7ZN2ILIJVNA5GPDITKH','e01ed0e6-98b0-4666-880e-2e47b85bf0f2',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-864D-79B0-88ED-18413FC56B43','Fatima Hussain',639322416000000000,'fatima.hussain@example.org','FATIMA.HUSSAIN@EXAMPLE.ORG','fatima.hussain@example.org','FATIMA.HUSSAIN@EXAMPLE.ORG',1,NULL,'LTADPMGOULA255GLP5XDLO6TGZGMVBVS','1597ddc3-2670-4df1-87e8-639e23175361',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-8660-7A5C-94D8-EE0041BE2F18','Morgan Price',639322416000000000,'morgan.price@example.org','MORGAN.PRICE@EXAMPLE.ORG','morgan.price@example.org','MORGAN.PRICE@EXAMPLE.ORG',1,NULL,'VBYPEFRNOLJ2PVLOSEFHYNSFSX2VEOBB','7ea8d5f9-ec00-4670-b15f-d28ccd06185d',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-8671-7AE9-BA2B-5E0C7CB05310','Riley Shaw',639322416000000000,'riley.shaw@example.org','RILEY.SHAW@EXAMPLE.ORG','riley.shaw@example.org','RILEY.SHAW@EXAMPLE.ORG',1,NULL,'VSDYVNFM6LD6GFRU6OSP5NU7BZIT3YLQ','9a446989-3db2-4474-add2-19e445efcdce',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-8689-78F2-8641-6955B08D87A5','Lee Barnes',639322416000000000,'lee.barnes@example.org','LEE.BARNES@EXAMPLE.ORG','lee.barnes@example.org','LEE.BARNES@EXAMPLE.ORG',1,NULL,'656FZDZI7QVB6OD4SYUOQ5QL7VXF3FOA','ba9b39ab-a1c4-4f8a-bdd0-0a40d23af9b0',NULL,0,0,NULL,1,0);
INSERT INTO People VALUES('01A24F3B-8696-717F-8EE7-21DA9CDF845B','Jo Ellis',639322416000000000,'jo.ellis@example.org','JO.ELLIS@EXAMPLE.ORG','jo.ellis@example.org','JO.ELLIS@EXAMPLE.ORG',1,NULL,'TNR5O3P2I7F3NE6Q5VW23RJPBV5363MA','0e5d0c98-9dbf-4d3f-8b69-663deb4b2b6d',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "Roles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO Roles VALUES('01A24F3B-855E-7772-8604-11435E352308','SiteAdmin','SITEADMIN','0d2c0f16-b12a-491e-be7a-6d28b1569dc0');
CREATE TABLE IF NOT EXISTS "SignInLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SignInLinks" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "SubmissionKey" TEXT NOT NULL,
    "ReturnUrl" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "UsedAt" INTEGER NULL,
    "UsedByBrowser" TEXT NULL
);
INSERT INTO SignInLinks VALUES('01A24F3B-9A2D-751A-B82D-BD080CC10B03','morgan.price@example.org','d249d5ca1888b9673437b0d62faf8e1e246d4b3661ad32b5ec3ab14237555f7c','C9FA2145-EE95-4295-BD0D-313C3BD3EA0E',NULL,639322416000000000,639322422000000000,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ApiTokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    CONSTRAINT "FK_ApiTokens_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
INSERT INTO ApiTokens VALUES('01A24F3B-99B8-7DF9-B35E-0752A161F7C2','01A24F3B-863F-78F1-B667-38C057003C33','Chidi''s laptop','cb9a559c46ed8fc212a00466e81791a161744271d3f85842b1bca3e2311edea6','rt_O-yysWz',639322416000000000,NULL);
CREATE TABLE IF NOT EXISTS "Memberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Memberships" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "InLivedExpertGroup" INTEGER NOT NULL,
    "JoinedAt" INTEGER NOT NULL, "LeftAt" INTEGER NULL, "Organisation" TEXT NULL, "JobRole" TEXT NULL, "Naming" TEXT NOT NULL DEFAULT 'FirstName', "AccessNeeds" INTEGER NOT NULL DEFAULT 0, "OtherAccessNeeds" TEXT NULL, "ContactConsent" INTEGER NOT NULL DEFAULT 0, "QuoteConsent" TEXT NOT NULL DEFAULT 'NotQuoted', "PhotoConsent" INTEGER NOT NULL DEFAULT 0, "Offers" TEXT NULL, "LookingFor" TEXT NULL,
    CONSTRAINT "FK_Memberships_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Memberships_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
INSERT INTO Memberships VALUES('01A24F3B-8757-7276-A7DC-6582708F2CE9','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-863F-78F1-B667-38C057003C33','CoLead',0,639322416000000000,NULL,NULL,NULL,'FirstName',0,NULL,0,'NotQuoted',0,NULL,NULL);
INSERT INTO Memberships VALUES('01A24F3B-8A2B-7AC3-AC1E-56ED89E3CDDC','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-864D-79B0-88ED-18413FC56B43','Facilitator',0,639322416000000000,NULL,NULL,NULL,'FirstName',0,NULL,0,'NotQuoted',0,NULL,NULL);
INSERT INTO Memberships VALUES('01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-8660-7A5C-94D8-EE0041BE2F18','Member',1,639322416000000000,NULL,'Harbourside Carers Network','Carer','FirstName',6,'A seat near the door, please.',1,'ByRole',1,'Twenty years of caring for my brother','People who have changed a ward''s rules');
INSERT INTO Memberships VALUES('01A24F3B-8A47-7FE5-8850-56CA80225804','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-8671-7AE9-BA2B-5E0C7CB05310','Member',0,639322416000000000,NULL,'Harbourside NHS Trust','Ward manager','RoleOnly',0,NULL,1,'ByName',0,NULL,NULL);
INSERT INTO Memberships VALUES('01A24F3B-8A53-7D6B-B31D-90B0AABB79A5','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-8689-78F2-8641-6955B08D87A5','Member',0,639322416000000000,639322416000000000,NULL,NULL,'FirstName',0,NULL,0,'NotQuoted',0,NULL,NULL);
CREATE TABLE IF NOT EXISTS "PersonClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_PersonClaims_People_UserId" FOREIGN KEY ("UserId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PersonLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_PersonLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_PersonLogins_People_UserId" FOREIGN KEY ("UserId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PersonTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_PersonTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_PersonTokens_People_UserId" FOREIGN KEY ("UserId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "PersonRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_PersonRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_PersonRoles_People_UserId" FOREIGN KEY ("UserId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PersonRoles_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "Roles" ("Id") ON DELETE CASCADE
);
INSERT INTO PersonRoles VALUES('01A24F3B-8385-7640-B64F-C93176FB033E','01A24F3B-855E-7772-8604-11435E352308');
CREATE TABLE IF NOT EXISTS "RoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_RoleClaims_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "Roles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "CharterVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CharterVersions" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "CreditedToId" TEXT NULL,
    CONSTRAINT "FK_CharterVersions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CharterVersions_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CharterVersions_People_CreditedToId" FOREIGN KEY ("CreditedToId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);
INSERT INTO CharterVersions VALUES('01A24F3B-8845-7057-9161-E72C72CF7FC4','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30',1,'01A24F3B-863F-78F1-B667-38C057003C33',639322416000000000,'Started from the charter template',NULL);
INSERT INTO CharterVersions VALUES('01A24F3B-8DCF-7ABF-B39A-270D7228AA3D','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30',2,'01A24F3B-863F-78F1-B667-38C057003C33',639322416000000000,'Our purpose, in our own words',NULL);
CREATE TABLE IF NOT EXISTS "CharterSections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CharterSections" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    CONSTRAINT "FK_CharterSections_CharterVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CharterVersions" ("Id") ON DELETE CASCADE
);
INSERT INTO CharterSections VALUES('01A24F3B-8845-717F-86D0-324B464E9105','01A24F3B-8845-7057-9161-E72C72CF7FC4',3,'our-values','Our values',replace('**Lived experience shapes our structure.** People with lived experience shape the structure of this Community of Practice, the agenda, the language, and the decisions.\n\n**Safe and brave.** We create space for honesty, uncertainty, and the things that are hard to say. We receive what people say with care.\n\n**We listen to learn.** Knowledge and experience from across roles and lives is valued equally.\n\n**Language shapes participation.** We use language that respects identity and opens participation.\n\n**Action and change.** We commit to visible, traceable action, however small.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-7419-B857-4EAAE09C2AF9','01A24F3B-8845-7057-9161-E72C72CF7FC4',4,'how-we-work-together','How we work together',replace('Our discussion principles were developed with members and are present in every session.\n\nSpeaking, typing in chat, using tools, drawing, listening: all of these are full participation. All contributions carry equal weight.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-74F9-890A-D72CFCFD1106','01A24F3B-8845-7057-9161-E72C72CF7FC4',2,'our-purpose','Our purpose',replace('We come together to:\n\n- Understand what matters to the people we support, and make sure that understanding reaches everyday practice\n- Build shared knowledge across services\n- Listen to voices that are often unheard or misunderstood, and act on what they tell us\n- Rebuild trust, between people and services, and between different parts of the system\n- Connect people who need to know each other','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-75C9-A230-F1AA4D720B1D','01A24F3B-8845-7057-9161-E72C72CF7FC4',6,'what-we-commit-to','What we commit to',replace('As the people leading this Community of Practice, we commit to:\n\n- Doing what we say we will do\n- Being transparent when things do not go as planned, and responding to feedback\n- Sharing what we hear with the wider system, in ways that protect the people who spoke\n- Continuing to extend this community to reflect the full diversity of the people it serves\n- Making this space as accessible as possible, and improving when we fall short\n\nThis is a living document. It will be updated as the community develops, including by the people who attend and co-lead it.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-78D0-9007-E76B60C7A0F0','01A24F3B-8845-7057-9161-E72C72CF7FC4',0,'what-we-are','What we are',replace('This is a Community of Practice for all of us working with, supporting, or living alongside the people this community is for, in Harbourside and district.\n\nWe learn with and from each other, across services, roles, and lived experience. That learning changes what we do.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-7E62-BA11-3CDA8E9BE542','01A24F3B-8845-7057-9161-E72C72CF7FC4',1,'who-we-are','Who we are',replace('The Community of Practice brings together:\n\n- People with lived experience\n- Families and carers\n- Staff from health, social care, education, mental health, the voluntary sector, and local authority\n- People who hold both professional and lived expert identities at the same time\n\nReaching people who face barriers to taking part is a priority. We are actively working to extend and broaden our membership.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8845-7FCF-9DA2-9B2D2F487EC7','01A24F3B-8845-7057-9161-E72C72CF7FC4',5,'how-we-are-structured','How we are structured',replace('This Community of Practice is co-led by people with lived experience and professionals.\n\n- Sessions take place every two months\n- In the month between sessions, people with lived experience meet to shape the agenda for the next session\n- Sub-groups take specific work forward between sessions\n- You can join even if you miss some sessions','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-71CF-82D7-BF7781F4DA2D','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',1,'who-we-are','Who we are',replace('The Community of Practice brings together:\n\n- People with lived experience\n- Families and carers\n- Staff from health, social care, education, mental health, the voluntary sector, and local authority\n- People who hold both professional and lived expert identities at the same time\n\nReaching people who face barriers to taking part is a priority. We are actively working to extend and broaden our membership.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-721D-8014-98FA0FB4D018','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',2,'our-purpose','Our purpose','We meet to make crisis care **kinder**, led by people who have used it.');
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-75E5-B9DE-93387D1ABC2A','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',5,'how-we-are-structured','How we are structured',replace('This Community of Practice is co-led by people with lived experience and professionals.\n\n- Sessions take place every two months\n- In the month between sessions, people with lived experience meet to shape the agenda for the next session\n- Sub-groups take specific work forward between sessions\n- You can join even if you miss some sessions','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-7723-87CF-2CCB025D7646','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',3,'our-values','Our values',replace('**Lived experience shapes our structure.** People with lived experience shape the structure of this Community of Practice, the agenda, the language, and the decisions.\n\n**Safe and brave.** We create space for honesty, uncertainty, and the things that are hard to say. We receive what people say with care.\n\n**We listen to learn.** Knowledge and experience from across roles and lives is valued equally.\n\n**Language shapes participation.** We use language that respects identity and opens participation.\n\n**Action and change.** We commit to visible, traceable action, however small.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-7E38-ADF6-794B97B130CD','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',4,'how-we-work-together','How we work together',replace('Our discussion principles were developed with members and are present in every session.\n\nSpeaking, typing in chat, using tools, drawing, listening: all of these are full participation. All contributions carry equal weight.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-7EE6-B399-94DDD9CE8D49','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',6,'what-we-commit-to','What we commit to',replace('As the people leading this Community of Practice, we commit to:\n\n- Doing what we say we will do\n- Being transparent when things do not go as planned, and responding to feedback\n- Sharing what we hear with the wider system, in ways that protect the people who spoke\n- Continuing to extend this community to reflect the full diversity of the people it serves\n- Making this space as accessible as possible, and improving when we fall short\n\nThis is a living document. It will be updated as the community develops, including by the people who attend and co-lead it.','\n',char(10)));
INSERT INTO CharterSections VALUES('01A24F3B-8DCF-7F81-96AF-828BBF869493','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',0,'what-we-are','What we are',replace('This is a Community of Practice for all of us working with, supporting, or living alongside the people this community is for, in Harbourside and district.\n\nWe learn with and from each other, across services, roles, and lived experience. That learning changes what we do.','\n',char(10)));
CREATE TABLE IF NOT EXISTS "DiscussionPrinciples" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DiscussionPrinciples" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_DiscussionPrinciples_CharterVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "CharterVersions" ("Id") ON DELETE CASCADE
);
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-70D9-BC6D-54E0CDFD1FA9','01A24F3B-8845-7057-9161-E72C72CF7FC4',4,'Honour pace','Slow down, wait, make space for silence');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-7718-BC72-AE22AFAE7804','01A24F3B-8845-7057-9161-E72C72CF7FC4',2,'Ask','What would have helped, and what one thing could be different');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-78ED-936E-285A7D0599B2','01A24F3B-8845-7057-9161-E72C72CF7FC4',0,'Acknowledge','Receive what people say');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-7CBF-815B-6647681A75F7','01A24F3B-8845-7057-9161-E72C72CF7FC4',3,'Stay curious','We are here to learn');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-7DE4-8459-0606BB53CD01','01A24F3B-8845-7057-9161-E72C72CF7FC4',5,'Protect safety','Stepping back is always okay');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8846-7E24-B901-3B2B6D9560BE','01A24F3B-8845-7057-9161-E72C72CF7FC4',1,'Accept','Each experience is true for that person');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-704F-835B-4D367DF19685','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',5,'Protect safety','Stepping back is always okay');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-71E9-9544-2997EC20EC80','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',2,'Ask','What would have helped, and what one thing could be different');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-7333-9C4C-8EC57AE78088','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',3,'Stay curious','We are here to learn');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-7531-8A8A-CCB883EB5EC3','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',1,'Accept','Each experience is true for that person');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-7A52-9CB1-126B52080354','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',0,'Acknowledge','Receive what people say');
INSERT INTO DiscussionPrinciples VALUES('01A24F3B-8DD2-7D00-B9E2-BA812531B5C2','01A24F3B-8DCF-7ABF-B39A-270D7228AA3D',4,'Honour pace','Slow down, wait, make space for silence');
CREATE TABLE IF NOT EXISTS "CharterSuggestions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CharterSuggestions" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "SectionKey" TEXT NOT NULL,
    "BasedOnVersion" INTEGER NOT NULL,
    "ProposedBody" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SubmissionKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedById" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DeclineReason" TEXT NULL,
    "AcceptedAsVersion" INTEGER NULL,
    CONSTRAINT "FK_CharterSuggestions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CharterSuggestions_People_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
INSERT INTO CharterSuggestions VALUES('01A24F3B-8DE3-7A3C-8B96-77E80FEF12B4','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','our-values',2,'We listen first.','It is what we do already.','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',639322416000000000,'867FD6F5-97FE-4FFC-8F24-85E75B36DEB3','Open',NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ToBeConfirmed" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ToBeConfirmed" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "SectionKey" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "ConfirmedWith" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ConfirmedAt" INTEGER NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_ToBeConfirmed_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE
);
INSERT INTO ToBeConfirmed VALUES('01A24F3B-8C04-7AE8-8A22-A5B7B1597EC5','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','our-purpose','Which wards take part in the first year','2026-12-04','The trust''s lead nurse','01A24F3B-863F-78F1-B667-38C057003C33',639322416000000000,NULL,NULL);
CREATE TABLE IF NOT EXISTS "IdentityOptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdentityOptions" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "IsPriority" INTEGER NOT NULL,
    "RetiredAt" INTEGER NULL,
    CONSTRAINT "FK_IdentityOptions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE
);
INSERT INTO IdentityOptions VALUES('01A24F3B-8803-7D46-8259-610F093D7EB1','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Autistic person','LivedExperience',0,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8843-7167-AE4A-B85D32CF5005','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Person with a learning disability','LivedExperience',1,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7059-A90A-1D999E650DA0','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Professional and lived expert at the same time','Both',12,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7370-AF05-46FCEE63C638','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: mental health','Staff',8,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7511-B5C8-E6A941D4DC80','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: local authority','Staff',10,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-75D3-AE5E-9D3E22B5A942','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: education','Staff',7,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7861-AD56-71324D4CD8E2','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Family member or carer','FamilyOrCarer',4,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-79D5-AA78-F087C9B001B4','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Person with lived experience of mental illness','LivedExperience',3,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7AEA-9FE5-D3962F761FB8','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: voluntary sector','Staff',9,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7BD6-82A0-E2B8CD468C0E','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: primary care','Staff',11,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7C03-B4EE-BE8460CE9D33','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Person with ADHD','LivedExperience',2,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7E7C-BCD2-E5BA79B2C204','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: social care','Staff',6,0,NULL);
INSERT INTO IdentityOptions VALUES('01A24F3B-8844-7F7A-8682-91B487B65AB4','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Staff: health','Staff',5,0,NULL);
CREATE TABLE IF NOT EXISTS "MemberIdentities" (
    "MembershipId" TEXT NOT NULL,
    "IdentityOptionId" TEXT NOT NULL,
    CONSTRAINT "PK_MemberIdentities" PRIMARY KEY ("MembershipId", "IdentityOptionId"),
    CONSTRAINT "FK_MemberIdentities_IdentityOptions_IdentityOptionId" FOREIGN KEY ("IdentityOptionId") REFERENCES "IdentityOptions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MemberIdentities_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES "Memberships" ("Id") ON DELETE CASCADE
);
INSERT INTO MemberIdentities VALUES('01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','01A24F3B-8803-7D46-8259-610F093D7EB1');
INSERT INTO MemberIdentities VALUES('01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','01A24F3B-8843-7167-AE4A-B85D32CF5005');
INSERT INTO MemberIdentities VALUES('01A24F3B-8A47-7FE5-8850-56CA80225804','01A24F3B-8844-7C03-B4EE-BE8460CE9D33');
CREATE TABLE IF NOT EXISTS "SubGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SubGroups" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_SubGroups_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE
);
INSERT INTO SubGroups VALUES('B9A7DE56-7A63-45F3-9B62-5AC356B3E981','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Carers'' circle','Carers meeting between sessions',639322416000000000);
CREATE TABLE IF NOT EXISTS "SubGroupMembers" (
    "SubGroupId" TEXT NOT NULL,
    "MembershipId" TEXT NOT NULL,
    "JoinedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_SubGroupMembers" PRIMARY KEY ("SubGroupId", "MembershipId"),
    CONSTRAINT "FK_SubGroupMembers_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES "Memberships" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SubGroupMembers_SubGroups_SubGroupId" FOREIGN KEY ("SubGroupId") REFERENCES "SubGroups" ("Id") ON DELETE CASCADE
);
INSERT INTO SubGroupMembers VALUES('B9A7DE56-7A63-45F3-9B62-5AC356B3E981','01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D',639322416000000000);
CREATE TABLE IF NOT EXISTS "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "InLivedExpertGroup" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "AcceptedAt" INTEGER NULL,
    "AcceptedById" TEXT NULL,
    "RevokedAt" INTEGER NULL, "Note" TEXT NULL,
    CONSTRAINT "FK_Invitations_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Invitations_People_InvitedById" FOREIGN KEY ("InvitedById") REFERENCES "People" ("Id") ON DELETE RESTRICT
);
INSERT INTO Invitations VALUES('7E27FF92-7AE7-476F-9ABB-30456C68D268','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','ivy.nolan@example.org','Member',0,'fc6e4ad0e4c29444fa0102cbf1d00602c928d44868d708daa0f0eecd38871900','01A24F3B-863F-78F1-B667-38C057003C33',639322416000000000,639322416000000000,639334512000000000,NULL,NULL,NULL,'Come and meet us.');
CREATE TABLE IF NOT EXISTS "JoinRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JoinRequests" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Message" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedById" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DeclineReason" TEXT NULL,
    CONSTRAINT "FK_JoinRequests_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_JoinRequests_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
INSERT INTO JoinRequests VALUES('01A24F3B-9098-7125-A0FC-F686D430DAD8','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-8696-717F-8EE7-21DA9CDF845B','I run a crisis café.',639322416000000000,'Pending',NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ConsentChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ConsentChanges" PRIMARY KEY,
    "MembershipId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_ConsentChanges_Memberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES "Memberships" ("Id") ON DELETE CASCADE
);
INSERT INTO ConsentChanges VALUES('01A24F3B-8BC8-7DF5-86EA-7A1FD5A31034','01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','Contact','Given',639322416000000000);
INSERT INTO ConsentChanges VALUES('01A24F3B-8BC9-75B2-A1D7-47238F70E3EF','01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','Quote','ByRole',639322416000000000);
INSERT INTO ConsentChanges VALUES('01A24F3B-8BC9-75FF-AEC2-AC2A91991185','01A24F3B-8A37-7D3A-A6D9-EF96F85A8E9D','Photos','Given',639322416000000000);
INSERT INTO ConsentChanges VALUES('01A24F3B-8C04-7177-BAFF-C59B31E354DF','01A24F3B-8A47-7FE5-8850-56CA80225804','Quote','ByName',639322416000000000);
INSERT INTO ConsentChanges VALUES('01A24F3B-8C04-749F-8C8D-0C00B755CFF2','01A24F3B-8A47-7FE5-8850-56CA80225804','Contact','Given',639322416000000000);
CREATE TABLE IF NOT EXISTS "Series" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Series" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Rhythm" TEXT NOT NULL,
    "IntervalMonths" INTEGER NULL,
    "Weekday" TEXT NULL,
    "WeekOfMonth" INTEGER NULL,
    "StartTime" TEXT NOT NULL,
    "EndTime" TEXT NOT NULL,
    "WithPreparationMeetings" INTEGER NOT NULL,
    "PreparationStartTime" TEXT NULL,
    "PreparationEndTime" TEXT NULL,
    "Format" TEXT NOT NULL,
    "CreatedById" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Series_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE
);
INSERT INTO Series VALUES('01A24F3B-9189-74ED-B5E9-FCBCB73FBAA1','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','Harbourside sessions','EveryFewMonths',1,'Friday',2,'14:00:00','16:00:00',1,'10:00:00','11:00:00','Hybrid','01A24F3B-863F-78F1-B667-38C057003C33',639322416000000000);
CREATE TABLE IF NOT EXISTS "Sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY,
    "CommunityId" TEXT NOT NULL,
    "SeriesId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Topic" TEXT NULL,
    "StartsAt" INTEGER NOT NULL,
    "EndsAt" INTEGER NOT NULL,
    "Format" TEXT NOT NULL,
    "MeetingLink" TEXT NULL,
    "Venue" TEXT NULL,
    "Directions" TEXT NULL,
    "StepFreeAccess" INTEGER NULL,
    "QuietRoom" INTEGER NULL,
    "Capacity" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "CancelledAt" INTEGER NULL,
    "CancelReason" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Sessions_Communities_CommunityId" FOREIGN KEY ("CommunityId") REFERENCES "Communities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Sessions_Series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "Series" ("Id") ON DELETE SET NULL
);
INSERT INTO Sessions VALUES('01A24F3B-91F6-7487-8C3E-1FA1DE587FF1','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-9189-74ED-B5E9-FCBCB73FBAA1','Session',1,'Session 1: what a kind crisis plan looks like',639298296000000000,639298368000000000,'Hybrid','https://meet.example.org/harbourside','Harbourside Library, Room 2','Through the main doors, lift to the first floor.',1,0,NULL,'Scheduled',NULL,NULL,0,639322416000000000,639322416000000000);
INSERT INTO Sessions VALUES('01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-9189-74ED-B5E9-FCBCB73FBAA1','Session',2,'Session 2: what a kind crisis plan looks like',639321624000000000,639321696000000000,'Hybrid','https://meet.example.org/harbourside','Harbourside Library, Room 2','Through the main doors, lift to the first floor.',1,0,NULL,'Scheduled',NULL,NULL,0,639322416000000000,639322416000000000);
INSERT INTO Sessions VALUES('01A24F3B-91FF-75E6-96FE-6E3E7439DF7B','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-9189-74ED-B5E9-FCBCB73FBAA1','PreparationMeeting',1,NULL,639331128000000000,639331200000000000,'Online','https://meet.example.org/harbourside',NULL,NULL,NULL,NULL,NULL,'Scheduled',NULL,NULL,0,639322416000000000,639322416000000000);
INSERT INTO Sessions VALUES('01A24F3B-91FF-7919-9ED0-C06E969438E2','01A24F3B-86A7-7FA1-9E38-F3A87DBC3B30','01A24F3B-9189-74ED-B5E9-FCBCB73FBAA1','Session',3,'Session 3: what a kind crisis plan looks like',639344088000000000,639344160000000000,'Hybrid','https://meet.example.org/harbourside','Harbourside Library, Room 2','Through the main doors, lift to the first floor.',1,0,2,'Scheduled',NULL,NULL,0,639322416000000000,639322416000000000);
CREATE TABLE IF NOT EXISTS "RunningOrderItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RunningOrderItems" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Presenter" TEXT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "FK_RunningOrderItems_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-708D-BDA4-7E0F5F390696','01A24F3B-91FF-7919-9ED0-C06E969438E2',9,'Conclusions, and the questions still open',10,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-70DF-B376-CA463FC551B0','01A24F3B-91FF-7919-9ED0-C06E969438E2',7,'Clarification questions, round the table in turn',10,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-71C2-A87B-139078FA54B8','01A24F3B-91FF-7919-9ED0-C06E969438E2',2,'Introductions and best hopes',15,'Item',NULL,'If this session is a good use of your time, what will have happened?');
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-71FD-9E1E-F197DE913B12','01A24F3B-91FF-7919-9ED0-C06E969438E2',6,'Examples of good practice',10,'Item',NULL,'Could you tell me more about that? Who notices that this is good practice?');
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-7261-AB1C-BECED047D65D','01A24F3B-91FF-7919-9ED0-C06E969438E2',12,'Networking, and finishing the refreshments',5,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-72B7-AF8A-40B298F50773','01A24F3B-91FF-7919-9ED0-C06E969438E2',5,'Presentation or case study',5,'Presentation',NULL,'Five minutes at most: a starting point for the conversation, not an end in itself.');
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-72F9-91BE-77A6329C1C8A','01A24F3B-91FF-7919-9ED0-C06E969438E2',1,'Meet, greet and offer refreshments',10,'Item',NULL,'There is no such thing as late: whoever arrives is the right person.');
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-7369-9336-CD4F2C3BDA59','01A24F3B-91FF-7919-9ED0-C06E969438E2',3,'What''s gone well since we last met?',10,'Item',NULL,'Say ''recently'' for people who are new.');
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-74DE-8F6F-0E8AB0E832F6','01A24F3B-91FF-7919-9ED0-C06E969438E2',10,'Final thoughts on how useful today was',5,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-7546-95FD-34D54FB343DE','01A24F3B-91FF-7919-9ED0-C06E969438E2',11,'Thanks, and the date of the next session',5,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-7988-83D2-5FA36F7C34C3','01A24F3B-91FF-7919-9ED0-C06E969438E2',4,'Updates on progress for this and other community topics',10,'Item',NULL,NULL);
INSERT INTO RunningOrderItems VALUES('01A24F3B-9382-79F1-BC85-AA5AA412E955','01A24F3B-91FF-7919-9ED0-C06E969438E2',8,'Facilitated discussion',25,'Item',NULL,'Preferred future, what already works, scaling questions (1 to 10, and what is good enough).');
CREATE TABLE IF NOT EXISTS "SignUps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SignUps" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AccessNeeds" INTEGER NOT NULL,
    "OtherAccessNeeds" TEXT NULL,
    "SignedUpAt" INTEGER NOT NULL,
    "WaitingSince" INTEGER NULL,
    "BookedAt" INTEGER NULL,
    "CancelledAt" INTEGER NULL,
    CONSTRAINT "FK_SignUps_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SignUps_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO SignUps VALUES('01A24F3B-9466-7A48-B0C4-CE89C669F49E','01A24F3B-91FF-7919-9ED0-C06E969438E2','01A24F3B-8660-7A5C-94D8-EE0041BE2F18','Booked',2,'A seat near the door, please.',639322416000000000,NULL,639322416000000000,NULL);
INSERT INTO SignUps VALUES('01A24F3B-94E9-755F-8968-AB7EF08F7590','01A24F3B-91FF-7919-9ED0-C06E969438E2','01A24F3B-8671-7AE9-BA2B-5E0C7CB05310','Booked',0,NULL,639322416000000000,NULL,639322416000000000,NULL);
INSERT INTO SignUps VALUES('01A24F3B-94F6-7131-A9DA-734082A61531','01A24F3B-91FF-7919-9ED0-C06E969438E2','01A24F3B-864D-79B0-88ED-18413FC56B43','Waiting',0,NULL,639322416000000000,639322416000000000,NULL,NULL);
CREATE TABLE IF NOT EXISTS "Attendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attendance" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "GuestName" TEXT NULL,
    "Source" TEXT NOT NULL,
    "JoinedAt" INTEGER NULL,
    "LeftAt" INTEGER NULL,
    "RecordedById" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Attendance_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Attendance_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO Attendance VALUES('01A24F3B-95B1-7084-90B6-F1FD046F277D','01A24F3B-91F6-7487-8C3E-1FA1DE587FF1','01A24F3B-863F-78F1-B667-38C057003C33',NULL,'Marked',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-9613-7264-9090-CF099C2379B2','01A24F3B-91F6-7487-8C3E-1FA1DE587FF1','01A24F3B-864D-79B0-88ED-18413FC56B43',NULL,'Marked',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-9613-7E96-AFFB-1B22A51D3C31','01A24F3B-91F6-7487-8C3E-1FA1DE587FF1','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',NULL,'Marked',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-9656-730F-BC93-3A21DBBA8B00','01A24F3B-91F6-7487-8C3E-1FA1DE587FF1',NULL,'Gina Walsh','Marked',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-976F-7269-B8D1-E96EC23AE021','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-863F-78F1-B667-38C057003C33',NULL,'Imported',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-9771-70DC-8DEA-F03A9B282976','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-8671-7AE9-BA2B-5E0C7CB05310',NULL,'Imported',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO Attendance VALUES('01A24F3B-9771-70EF-966A-EEFE7D994A04','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',NULL,'Imported',NULL,NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
CREATE TABLE IF NOT EXISTS "UnmatchedAttendees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UnmatchedAttendees" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NULL,
    "JoinedAt" INTEGER NULL,
    "LeftAt" INTEGER NULL,
    "ImportedAt" INTEGER NOT NULL,
    "ResolvedAt" INTEGER NULL,
    "Resolution" TEXT NULL,
    CONSTRAINT "FK_UnmatchedAttendees_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO UnmatchedAttendees VALUES('01A24F3B-9778-7B3A-8BF8-1B080856B566','01A24F3B-91FF-733D-AEAC-260C9BED2933','Una Quinn','una.quinn@example.org',NULL,NULL,639322416000000000,NULL,NULL);
CREATE TABLE IF NOT EXISTS "BreakoutGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BreakoutGroups" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "ChairId" TEXT NULL,
    CONSTRAINT "FK_BreakoutGroups_People_ChairId" FOREIGN KEY ("ChairId") REFERENCES "People" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_BreakoutGroups_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO BreakoutGroups VALUES('01A24F3B-98CA-7F27-909B-7A6E393D58D4','01A24F3B-91FF-733D-AEAC-260C9BED2933',1,'01A24F3B-863F-78F1-B667-38C057003C33');
CREATE TABLE IF NOT EXISTS "BreakoutMembers" (
    "PersonId" TEXT NOT NULL,
    "SessionId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    CONSTRAINT "PK_BreakoutMembers" PRIMARY KEY ("SessionId", "PersonId"),
    CONSTRAINT "FK_BreakoutMembers_BreakoutGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "BreakoutGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BreakoutMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BreakoutMembers_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id")
);
INSERT INTO BreakoutMembers VALUES('01A24F3B-863F-78F1-B667-38C057003C33','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-98CA-7F27-909B-7A6E393D58D4');
INSERT INTO BreakoutMembers VALUES('01A24F3B-8660-7A5C-94D8-EE0041BE2F18','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-98CA-7F27-909B-7A6E393D58D4');
INSERT INTO BreakoutMembers VALUES('01A24F3B-8671-7AE9-BA2B-5E0C7CB05310','01A24F3B-91FF-733D-AEAC-260C9BED2933','01A24F3B-98CA-7F27-909B-7A6E393D58D4');
CREATE TABLE IF NOT EXISTS "CalendarFeeds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    CONSTRAINT "FK_CalendarFeeds_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
INSERT INTO CalendarFeeds VALUES('01A24F3B-9979-7390-81DC-A81E5C3527A5','01A24F3B-8660-7A5C-94D8-EE0041BE2F18','bd7384d725e456343df70f5256076b6e271305bd51ddbdfcd0b5b49f4e0d6200',639322416000000000,NULL);
CREATE TABLE IF NOT EXISTS "Rooms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Rooms" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "CurrentItemId" TEXT NULL,
    "CurrentItemStartedAt" INTEGER NULL,
    "LastSequence" INTEGER NOT NULL,
    "JoinTokenHash" TEXT NULL,
    "ProjectorTokenHash" TEXT NULL,
    "OpenedAt" INTEGER NULL,
    "ClosedAt" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Rooms_RunningOrderItems_CurrentItemId" FOREIGN KEY ("CurrentItemId") REFERENCES "RunningOrderItems" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Rooms_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO Rooms VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','01A24F3B-91FF-733D-AEAC-260C9BED2933','Closed',NULL,NULL,16,'155728a413e015de9b57e88a90a896e6155987f152f2616cb40ec12f7ba281ff','e1153cd3e196f660ae615f034f6f4a812e287883b38314f8f1a25adbd9bdc3d5',639322416000000000,639322416000000000,639322416000000000);
CREATE TABLE IF NOT EXISTS "RoomPrompts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RoomPrompts" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "AsksGoodEnough" INTEGER NOT NULL,
    "OpenedById" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    CONSTRAINT "FK_RoomPrompts_People_OpenedById" FOREIGN KEY ("OpenedById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_RoomPrompts_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id") ON DELETE CASCADE
);
INSERT INTO RoomPrompts VALUES('01A24F3B-9C71-77D4-9A8C-C899F12EACEA','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','Scaling','Where are we now, from 1 to 10?','Everyone',1,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000,639322416000000000);
INSERT INTO RoomPrompts VALUES('01A24F3B-9D60-701D-AABD-12A38060D5F8','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','Reflection','What stayed with you today?','Everyone',0,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000,639322416000000000);
CREATE TABLE IF NOT EXISTS "RoomGuests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RoomGuests" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "DisplayName" TEXT NULL,
    "TokenHash" TEXT NOT NULL,
    "JoinedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_RoomGuests_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id") ON DELETE CASCADE
);
INSERT INTO RoomGuests VALUES('01A24F3B-A203-7DA1-8F56-18CAA563D8DC','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','Gina Walsh','8e3e2292123b7e9a74ecb3c45ae58f9c07fdc09cfa5917582bf14e6e42707ae4',639322416000000000);
CREATE TABLE IF NOT EXISTS "Contributions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Contributions" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "PromptId" TEXT NULL,
    "BreakoutGroupNumber" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "GuestId" TEXT NULL,
    "Anonymous" INTEGER NOT NULL,
    "SpokenById" TEXT NULL,
    "Text" TEXT NULL,
    "Scale" INTEGER NULL,
    "GoodEnough" INTEGER NULL,
    "Pinned" INTEGER NOT NULL,
    "Hidden" INTEGER NOT NULL,
    "HiddenReason" TEXT NULL,
    "HiddenById" TEXT NULL,
    "HiddenAt" INTEGER NULL,
    "DeletedAt" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Contributions_People_HiddenById" FOREIGN KEY ("HiddenById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Contributions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Contributions_People_SpokenById" FOREIGN KEY ("SpokenById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_Contributions_RoomGuests_GuestId" FOREIGN KEY ("GuestId") REFERENCES "RoomGuests" ("Id"),
    CONSTRAINT "FK_Contributions_RoomPrompts_PromptId" FOREIGN KEY ("PromptId") REFERENCES "RoomPrompts" ("Id"),
    CONSTRAINT "FK_Contributions_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id") ON DELETE CASCADE
);
INSERT INTO Contributions VALUES('CC7CEA53-982E-4B41-A69B-46565A0EFCA8','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',4,'01A24F3B-9D60-701D-AABD-12A38060D5F8',NULL,'Answer','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',NULL,0,NULL,'Being asked, not told.',NULL,NULL,1,0,NULL,NULL,NULL,NULL,639322416000000000);
INSERT INTO Contributions VALUES('C9259575-810C-4BE2-9207-B21C856C7B6E','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',5,'01A24F3B-9D60-701D-AABD-12A38060D5F8',NULL,'Answer','01A24F3B-8671-7AE9-BA2B-5E0C7CB05310',NULL,1,NULL,'That the rules can change.',NULL,NULL,0,0,NULL,NULL,NULL,NULL,639322416000000000);
INSERT INTO Contributions VALUES('1EB37E7A-26DC-48EE-86AF-1BC941DBF1DA','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',6,'01A24F3B-9C71-77D4-9A8C-C899F12EACEA',NULL,'Scale','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',NULL,0,NULL,'Better than last month.',7,5,0,0,NULL,NULL,NULL,NULL,639322416000000000);
INSERT INTO Contributions VALUES('B1F1F6DB-2B8E-4BF9-91B2-82B38E59F283','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',7,'01A24F3B-9D60-701D-AABD-12A38060D5F8',NULL,'Spoken','01A24F3B-864D-79B0-88ED-18413FC56B43',NULL,0,'01A24F3B-8671-7AE9-BA2B-5E0C7CB05310','Said aloud: the café helped.',NULL,NULL,0,0,NULL,NULL,NULL,NULL,639322416000000000);
INSERT INTO Contributions VALUES('4C7D63B3-FAF9-4319-9E3E-350B89157E30','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',8,NULL,NULL,'Photo','01A24F3B-8660-7A5C-94D8-EE0041BE2F18',NULL,0,NULL,NULL,NULL,NULL,0,0,NULL,NULL,NULL,NULL,639322416000000000);
INSERT INTO Contributions VALUES('BC2D0E53-FE98-4188-AC07-8119B809A4B4','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',9,NULL,NULL,'Text','01A24F3B-8671-7AE9-BA2B-5E0C7CB05310',NULL,0,NULL,'Off topic.',NULL,NULL,0,1,'Not for this room','01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000,NULL,639322416000000000);
INSERT INTO Contributions VALUES('23B581A2-858A-41A1-847A-91B5B9F297B1','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',13,'01A24F3B-9D60-701D-AABD-12A38060D5F8',NULL,'Answer',NULL,'01A24F3B-A203-7DA1-8F56-18CAA563D8DC',0,NULL,'Thank you for having me.',NULL,NULL,0,0,NULL,NULL,NULL,NULL,639322416000000000);
CREATE TABLE IF NOT EXISTS "ContributionPhotos" (
    "ContributionId" TEXT NOT NULL CONSTRAINT "PK_ContributionPhotos" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_ContributionPhotos_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES "Contributions" ("Id") ON DELETE CASCADE
);
INSERT INTO ContributionPhotos VALUES('4C7D63B3-FAF9-4319-9E3E-350B89157E30',X'89504e470d0a1a0a00000000','image/png','Our flipchart of hopes');
CREATE TABLE IF NOT EXISTS "Reactions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Reactions" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "ContributionId" TEXT NOT NULL,
    "ReactorId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Reactions_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES "Contributions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reactions_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id")
);
INSERT INTO Reactions VALUES('01A24F3B-A027-70E3-B9AA-483E2F952257','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','CC7CEA53-982E-4B41-A69B-46565A0EFCA8','01A24F3B-863F-78F1-B667-38C057003C33','Heart',10,639322416000000000);
CREATE TABLE IF NOT EXISTS "RoomEvents" (
    "RoomId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ContributionId" TEXT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_RoomEvents" PRIMARY KEY ("RoomId", "Sequence"),
    CONSTRAINT "FK_RoomEvents_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id") ON DELETE CASCADE
);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',1,'RoomOpened',NULL,'{"state":"Open","at":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',2,'PromptOpened',NULL,'{"id":"01a24f3b-9c71-77d4-9a8c-c899f12eacea","kind":"Scaling","text":"Where are we now, from 1 to 10?","audience":"Everyone","asksGoodEnough":true,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":null}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',3,'PromptOpened',NULL,'{"id":"01a24f3b-9d60-701d-aabd-12a38060d5f8","kind":"Reflection","text":"What stayed with you today?","audience":"Everyone","asksGoodEnough":false,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":null}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',4,'ContributionAdded','CC7CEA53-982E-4B41-A69B-46565A0EFCA8','{"id":"cc7cea53-982e-4b41-a69b-46565a0efca8","sequence":4,"promptId":"01a24f3b-9d60-701d-aabd-12a38060d5f8","breakoutGroupNumber":null,"kind":"Answer","text":"Being asked, not told.","scale":null,"goodEnough":null,"name":"Morgan","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',5,'ContributionAdded','C9259575-810C-4BE2-9207-B21C856C7B6E','{"id":"c9259575-810c-4be2-9207-b21c856c7b6e","sequence":5,"promptId":"01a24f3b-9d60-701d-aabd-12a38060d5f8","breakoutGroupNumber":null,"kind":"Answer","text":"That the rules can change.","scale":null,"goodEnough":null,"name":null,"photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',6,'ContributionAdded','1EB37E7A-26DC-48EE-86AF-1BC941DBF1DA','{"id":"1eb37e7a-26dc-48ee-86af-1bc941dbf1da","sequence":6,"promptId":"01a24f3b-9c71-77d4-9a8c-c899f12eacea","breakoutGroupNumber":null,"kind":"Scale","text":"Better than last month.","scale":7,"goodEnough":5,"name":"Morgan","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',7,'ContributionAdded','B1F1F6DB-2B8E-4BF9-91B2-82B38E59F283','{"id":"b1f1f6db-2b8e-4bf9-91b2-82b38e59f283","sequence":7,"promptId":"01a24f3b-9d60-701d-aabd-12a38060d5f8","breakoutGroupNumber":null,"kind":"Spoken","text":"Said aloud: the caf\u00E9 helped.","scale":null,"goodEnough":null,"name":"Ward manager, Harbourside NHS Trust","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',8,'ContributionAdded','4C7D63B3-FAF9-4319-9E3E-350B89157E30','{"id":"4c7d63b3-faf9-4319-9e3e-350b89157e30","sequence":8,"promptId":null,"breakoutGroupNumber":null,"kind":"Photo","text":null,"scale":null,"goodEnough":null,"name":"Morgan","photo":{"description":"Our flipchart of hopes","contentType":"image/png"},"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',9,'ContributionHidden','BC2D0E53-FE98-4188-AC07-8119B809A4B4','{"id":"bc2d0e53-fe98-4188-ac07-8119b809a4b4"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',10,'ReactionsChanged','CC7CEA53-982E-4B41-A69B-46565A0EFCA8','{"contributionId":"cc7cea53-982e-4b41-a69b-46565a0efca8","agree":0,"thankYou":0,"heart":1,"lightbulb":0,"question":0,"total":1}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',11,'ContributionPinned','CC7CEA53-982E-4B41-A69B-46565A0EFCA8','{"id":"cc7cea53-982e-4b41-a69b-46565a0efca8","pinned":true}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',12,'ContributionHidden','BC2D0E53-FE98-4188-AC07-8119B809A4B4','{"id":"bc2d0e53-fe98-4188-ac07-8119b809a4b4"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',13,'ContributionAdded','23B581A2-858A-41A1-847A-91B5B9F297B1','{"id":"23b581a2-858a-41a1-847a-91b5b9f297b1","sequence":13,"promptId":"01a24f3b-9d60-701d-aabd-12a38060d5f8","breakoutGroupNumber":null,"kind":"Answer","text":"Thank you for having me.","scale":null,"goodEnough":null,"name":"Gina Walsh","photo":null,"pinned":false,"createdAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',14,'PromptClosed',NULL,'{"id":"01a24f3b-9c71-77d4-9a8c-c899f12eacea","kind":"Scaling","text":"Where are we now, from 1 to 10?","audience":"Everyone","asksGoodEnough":true,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',15,'PromptClosed',NULL,'{"id":"01a24f3b-9d60-701d-aabd-12a38060d5f8","kind":"Reflection","text":"What stayed with you today?","audience":"Everyone","asksGoodEnough":false,"openedAt":"2026-12-07T12:00:00+00:00","closedAt":"2026-12-07T12:00:00+00:00"}',639322416000000000);
INSERT INTO RoomEvents VALUES('01A24F3B-9AB7-7692-B3CF-0DDDE159AD27',16,'RoomClosed',NULL,'{"state":"Closed","at":"2026-12-07T12:00:00+00:00"}',639322416000000000);
CREATE TABLE IF NOT EXISTS "ModerationEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ModerationEntries" PRIMARY KEY,
    "RoomId" TEXT NOT NULL,
    "ContributionId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "ById" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_ModerationEntries_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES "Contributions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ModerationEntries_People_ById" FOREIGN KEY ("ById") REFERENCES "People" ("Id"),
    CONSTRAINT "FK_ModerationEntries_Rooms_RoomId" FOREIGN KEY ("RoomId") REFERENCES "Rooms" ("Id")
);
INSERT INTO ModerationEntries VALUES('01A24F3B-A0CC-72C3-A2F4-5BCDC7E9179B','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','CC7CEA53-982E-4B41-A69B-46565A0EFCA8','Pinned',NULL,'01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
INSERT INTO ModerationEntries VALUES('01A24F3B-A169-7117-AA30-99611D72D766','01A24F3B-9AB7-7692-B3CF-0DDDE159AD27','BC2D0E53-FE98-4188-AC07-8119B809A4B4','Hidden','Not for this room','01A24F3B-864D-79B0-88ED-18413FC56B43',639322416000000000);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('DataProtectionKeys',1);
CREATE INDEX "IX_ApiTokens_PersonId" ON "ApiTokens" ("PersonId");
CREATE UNIQUE INDEX "IX_ApiTokens_TokenHash" ON "ApiTokens" ("TokenHash");
CREATE UNIQUE INDEX "IX_Communities_Slug" ON "Communities" ("Slug");
CREATE UNIQUE INDEX "IX_Memberships_CommunityId_PersonId" ON "Memberships" ("CommunityId", "PersonId");
CREATE INDEX "IX_Memberships_PersonId" ON "Memberships" ("PersonId");
CREATE INDEX "IX_Outbox_CreatedAt" ON "Outbox" ("CreatedAt");
CREATE INDEX "EmailIndex" ON "People" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "People" ("NormalizedUserName");
CREATE INDEX "IX_PersonClaims_UserId" ON "PersonClaims" ("UserId");
CREATE INDEX "IX_PersonLogins_UserId" ON "PersonLogins" ("UserId");
CREATE INDEX "IX_PersonRoles_RoleId" ON "PersonRoles" ("RoleId");
CREATE INDEX "IX_RoleClaims_RoleId" ON "RoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "Roles" ("NormalizedName");
CREATE INDEX "IX_SignInLinks_Email_CreatedAt" ON "SignInLinks" ("Email", "CreatedAt");
CREATE UNIQUE INDEX "IX_SignInLinks_SubmissionKey" ON "SignInLinks" ("SubmissionKey");
CREATE UNIQUE INDEX "IX_SignInLinks_TokenHash" ON "SignInLinks" ("TokenHash");
CREATE UNIQUE INDEX "IX_CharterSections_VersionId_Key" ON "CharterSections" ("VersionId", "Key");
CREATE INDEX "IX_CharterSuggestions_AuthorId" ON "CharterSuggestions" ("AuthorId");
CREATE INDEX "IX_CharterSuggestions_CommunityId_Status" ON "CharterSuggestions" ("CommunityId", "Status");
CREATE UNIQUE INDEX "IX_CharterSuggestions_SubmissionKey" ON "CharterSuggestions" ("SubmissionKey");
CREATE INDEX "IX_CharterVersions_AuthorId" ON "CharterVersions" ("AuthorId");
CREATE UNIQUE INDEX "IX_CharterVersions_CommunityId_Number" ON "CharterVersions" ("CommunityId", "Number");
CREATE INDEX "IX_CharterVersions_CreditedToId" ON "CharterVersions" ("CreditedToId");
CREATE INDEX "IX_ConsentChanges_MembershipId_At" ON "ConsentChanges" ("MembershipId", "At");
CREATE INDEX "IX_DiscussionPrinciples_VersionId_Position" ON "DiscussionPrinciples" ("VersionId", "Position");
CREATE INDEX "IX_IdentityOptions_CommunityId_Position" ON "IdentityOptions" ("CommunityId", "Position");
CREATE INDEX "IX_Invitations_CommunityId_Email" ON "Invitations" ("CommunityId", "Email");
CREATE INDEX "IX_Invitations_InvitedById" ON "Invitations" ("InvitedById");
CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
CREATE INDEX "IX_JoinRequests_CommunityId_Status" ON "JoinRequests" ("CommunityId", "Status");
CREATE INDEX "IX_JoinRequests_PersonId" ON "JoinRequests" ("PersonId");
CREATE INDEX "IX_MemberIdentities_IdentityOptionId" ON "MemberIdentities" ("IdentityOptionId");
CREATE INDEX "IX_SubGroupMembers_MembershipId" ON "SubGroupMembers" ("MembershipId");
CREATE INDEX "IX_SubGroups_CommunityId" ON "SubGroups" ("CommunityId");
CREATE INDEX "IX_ToBeConfirmed_CommunityId" ON "ToBeConfirmed" ("CommunityId");
CREATE INDEX "IX_Attendance_PersonId" ON "Attendance" ("PersonId");
CREATE UNIQUE INDEX "IX_Attendance_SessionId_PersonId" ON "Attendance" ("SessionId", "PersonId");
CREATE INDEX "IX_BreakoutGroups_ChairId" ON "BreakoutGroups" ("ChairId");
CREATE UNIQUE INDEX "IX_BreakoutGroups_SessionId_Number" ON "BreakoutGroups" ("SessionId", "Number");
CREATE INDEX "IX_BreakoutMembers_GroupId" ON "BreakoutMembers" ("GroupId");
CREATE INDEX "IX_BreakoutMembers_PersonId" ON "BreakoutMembers" ("PersonId");
CREATE INDEX "IX_CalendarFeeds_PersonId" ON "CalendarFeeds" ("PersonId");
CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");
CREATE INDEX "IX_RunningOrderItems_SessionId_Position" ON "RunningOrderItems" ("SessionId", "Position");
CREATE INDEX "IX_Series_CommunityId" ON "Series" ("CommunityId");
CREATE UNIQUE INDEX "IX_Sessions_CommunityId_Kind_Number" ON "Sessions" ("CommunityId", "Kind", "Number");
CREATE INDEX "IX_Sessions_CommunityId_StartsAt" ON "Sessions" ("CommunityId", "StartsAt");
CREATE INDEX "IX_Sessions_SeriesId" ON "Sessions" ("SeriesId");
CREATE INDEX "IX_SignUps_PersonId" ON "SignUps" ("PersonId");
CREATE UNIQUE INDEX "IX_SignUps_SessionId_PersonId" ON "SignUps" ("SessionId", "PersonId");
CREATE INDEX "IX_UnmatchedAttendees_SessionId" ON "UnmatchedAttendees" ("SessionId");
CREATE INDEX "IX_Contributions_GuestId" ON "Contributions" ("GuestId");
CREATE INDEX "IX_Contributions_HiddenById" ON "Contributions" ("HiddenById");
CREATE INDEX "IX_Contributions_PersonId" ON "Contributions" ("PersonId");
CREATE INDEX "IX_Contributions_PromptId" ON "Contributions" ("PromptId");
CREATE UNIQUE INDEX "IX_Contributions_RoomId_Sequence" ON "Contributions" ("RoomId", "Sequence");
CREATE INDEX "IX_Contributions_SpokenById" ON "Contributions" ("SpokenById");
CREATE INDEX "IX_ModerationEntries_ById" ON "ModerationEntries" ("ById");
CREATE INDEX "IX_ModerationEntries_ContributionId" ON "ModerationEntries" ("ContributionId");
CREATE INDEX "IX_ModerationEntries_RoomId" ON "ModerationEntries" ("RoomId");
CREATE UNIQUE INDEX "IX_Reactions_ContributionId_ReactorId_Kind" ON "Reactions" ("ContributionId", "ReactorId", "Kind");
CREATE INDEX "IX_Reactions_RoomId" ON "Reactions" ("RoomId");
CREATE INDEX "IX_RoomEvents_ContributionId" ON "RoomEvents" ("ContributionId");
CREATE INDEX "IX_RoomGuests_RoomId" ON "RoomGuests" ("RoomId");
CREATE UNIQUE INDEX "IX_RoomGuests_TokenHash" ON "RoomGuests" ("TokenHash");
CREATE INDEX "IX_RoomPrompts_OpenedById" ON "RoomPrompts" ("OpenedById");
CREATE INDEX "IX_RoomPrompts_RoomId_OpenedAt" ON "RoomPrompts" ("RoomId", "OpenedAt");
CREATE INDEX "IX_Rooms_CurrentItemId" ON "Rooms" ("CurrentItemId");
CREATE UNIQUE INDEX "IX_Rooms_JoinTokenHash" ON "Rooms" ("JoinTokenHash");
CREATE UNIQUE INDEX "IX_Rooms_ProjectorTokenHash" ON "Rooms" ("ProjectorTokenHash");
CREATE UNIQUE INDEX "IX_Rooms_SessionId" ON "Rooms" ("SessionId");
COMMIT;

using Microsoft.AspNetCore.Identity;

namespace Mend.Web.Data;

/// <summary>A person with a Mend account (ASP.NET Core Identity: e-mail as the user name, hashed password, lockout).</summary>
public sealed class MendUser : IdentityUser;

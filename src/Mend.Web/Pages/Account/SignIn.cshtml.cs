using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Mend.Web.Pages.Account;

/// <summary>Cookie sign-in for the pages; five wrong passwords lock the account for a while.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class SignInModel(SignInManager<MendUser> signIn) : PageModel
{
    /// <summary>The e-mail address.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Keep the sign-in cookie after the browser closes.</summary>
    [BindProperty]
    public bool Remember { get; set; }

    /// <summary>Where to go after signing in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in and goes back, or says why not.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", "Enter your e-mail address and password.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/dashboard");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many wrong passwords: this account is locked for 15 minutes."
            : "That e-mail address and password do not match an account.");
        return Page();
    }
}

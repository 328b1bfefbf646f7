using Mend.Web.Data;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Mend.Web.Pages.Account;

/// <summary>Creates an account (Identity's password rules apply) and signs the new user in.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class SignUpModel(UserManager<MendUser> users, SignInManager<MendUser> signIn) : PageModel
{
    /// <summary>The e-mail address, also the user name.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The chosen password.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The password typed again.</summary>
    [BindProperty]
    public string? Confirm { get; set; }

    /// <summary>The empty form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Creates the account and goes to the dashboard, or shows what to fix.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", "Enter an e-mail address and a password.");
            return Page();
        }

        if (Password != Confirm)
        {
            ModelState.AddModelError("", "The two passwords are not the same.");
            return Page();
        }

        var user = new MendUser { UserName = Email.Trim(), Email = Email.Trim() };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Dashboard");
    }
}

## The web application's pages (crates/web).

web-skip = Skip to the main content
web-nav-language = Language
web-nav-pages = Pages
web-footer-not-advice = clearslate gives general information about California law. It is not legal advice. A legal aid office can look at your own case for free.
web-back-home = Go to the home page
web-not-found-title = Page not found
web-not-found = We could not find that page.
web-limit-title = Please wait a moment
web-limit = That was a lot of tries in a short time. Please wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and try again.
web-error-title = Something went wrong
web-error = Something went wrong on our side. Please try again. If it keeps happening, give this number to the person helping you: { $id }

web-home-title = Clear your California record
web-home-lead = California law can clear many old arrests and convictions. Most people who qualify never ask. Find out what the law gives you.
web-home-who = This is for people with a California record, their families, and the volunteers and legal aid staff who help them.
web-home-free = It is free. You do not need an account.

web-learn-title = What is record clearance?
web-learn-what-h = What it means
web-learn-what-1 = Record clearance means asking a court, or waiting for the state, to change an old arrest or conviction on your record.
web-learn-what-2 = A conviction can be dismissed. A felony can be made a misdemeanor. An arrest that did not lead to a conviction can be sealed.
web-learn-auto-h = Some relief happens on its own
web-learn-auto-1 = The state clears some records by itself, without you doing anything. This is called automatic relief.
web-learn-auto-b1 = Many arrests that did not lead to a conviction (Penal Code 851.93).
web-learn-auto-b2 = Many convictions after you finish your sentence and stay out of trouble for a while (Penal Code 1203.425).
web-learn-auto-2 = Automatic relief can be slow or miss records. Check your record to see if it happened.
web-learn-petition-h = Other relief needs a petition
web-learn-petition-1 = For other relief you file papers with the court in the county where your case was. The judge decides. Sometimes the judge must say yes. Sometimes the judge can choose.
web-learn-petition-2 = The forms are free. If you cannot pay court fees, you can ask the court to waive them.

web-effects-title = What relief does and does not do
web-effects-does-h = What it does
web-effects-does-b1 = Most private employers cannot ask about or use a dismissed conviction or a sealed arrest.
web-effects-does-b2 = Background check companies must report the case as dismissed, or not at all.
web-effects-does-b3 = You can often say you were not convicted or not arrested, for most jobs and housing.
web-effects-not-h = What it does not do
web-effects-not-b1 = It does not give back the right to have a gun.
web-effects-not-b2 = You must still tell about it if you apply to be a police officer, run for public office, or apply for some state licenses (for example teaching, health care or insurance).
web-effects-not-b3 = It does not remove the case for immigration. A dismissal usually does not help with immigration. Talk to an immigration lawyer before you file anything.
web-effects-not-b4 = The state's own record keeps a note. Some employers that the law allows can still see it.
web-effects-not-b5 = A later case can still count it as a prior conviction.

web-rapsheet-title = Get your record (your RAP sheet)
web-rapsheet-why-h = Why you need it
web-rapsheet-why-1 = Your RAP sheet is the state's list of your arrests and court cases. It shows what relief you can get. Old cases you forgot may be on it.
web-rapsheet-how-h = How to get it
web-rapsheet-how-b1 = Go to a Live Scan location to have your fingerprints taken. Bring the California Department of Justice record review form (BCIA 8016RR) and a photo ID.
web-rapsheet-how-b2 = The Department of Justice mails your record to you.
web-rapsheet-how-b3 = There is a fee. If you have low income, ask about a fee waiver.
web-rapsheet-how-b4 = A public defender or legal aid office can often get your record for you.

web-help-title = Find help near you
web-help-intro = Choose your county to see its court and the free legal help we know about.
web-help-county = Your county
web-help-show = Show help
web-help-court-find = Find its address and hours at courts.ca.gov.
web-help-none = We do not have legal aid listed for this county yet. Call the county public defender and ask about "record clearance" or "expungement".
web-help-languages = Languages

web-link-learn = What is record clearance?
web-link-effects = What relief does and does not do
web-link-rapsheet = How to get your record
web-link-help = Find free help near you

web-screener-title = Do I qualify?
web-link-screener = Do I qualify? Answer a few questions
web-screener-question = Question
web-screener-next = Next
web-screener-back = Go back one question
web-screener-again = Start over
web-screener-year = Year (for example 2015)
web-screener-why = Why?
web-screener-next-steps = What to do next
web-screener-first-look = This is a first look, based on your answers and a typical case like yours. Your own record decides. Get your record, then check it here or with a legal aid office.
web-screener-none = For a case like this, we did not find relief you can ask for now. Your record may still show something different. A legal aid office can check.
web-screener-no-conviction = If you were arrested but not convicted, the state may already have cleared the arrest, or you can ask the court to seal it. Get your record to see.
web-q-convicted = Were you convicted of a crime in California?
web-q-level = Was it a felony, a misdemeanor, or an infraction?
web-q-kind = What was it for?
web-q-year = What year were you convicted?
web-q-sentence = What was the sentence?
web-q-done = Have you finished the sentence (including probation)?
web-q-done-year = What year did you finish?
web-a-yes = Yes
web-a-no = No
web-a-felony = Felony
web-a-misdemeanor = Misdemeanor
web-a-infraction = Infraction
web-a-probation = Probation
web-a-jail = County jail, no probation
web-a-prison = State prison
web-a-fine = Only a fine
web-a-cannabis = Marijuana (cannabis)
web-a-theft = Theft of $950 or less
web-a-drugs = Drug possession for personal use
web-a-other = Something else

web-link-check = Check my record: upload your RAP sheet
web-check-title = Check my record
web-check-intro = Upload your RAP sheet from the California Department of Justice. A text file, a PDF, or a clear photo of each page works.
web-check-file = Your RAP sheet
web-check-private = We read it to show your results. We do not keep it unless you ask us to.
web-check-submit = Check my record
web-check-too-large = That file is too big. Please upload a file under 10 MB.
web-check-unreadable = We could not read the upload. Please try again.
web-check-expired = This form expired. Please choose your file again and send it.
web-check-no-file = Please choose a file to upload.
web-check-not-a-sheet = This does not look like a California RAP sheet. Please upload the record the Department of Justice sent you.
web-record-title = Your results
web-record-none = We did not find relief you can ask for from this record right now. A legal aid office can check it with you.
web-record-questions = Questions that would settle what needs review
web-record-warnings = Some lines of the record were hard to read. Check the results with the record itself.
web-record-another = Check another record

web-link-declaration = Write your statement for the judge
web-decl-title = Your statement for the judge
web-decl-intro = When the judge decides, a short, honest statement about your life now helps. Answer in your own words. Skip any part that does not fit you.
web-decl-name = Your full name
web-decl-case = Case number (if you know it)
web-decl-today = Who you are today
web-decl-today-hint = For example: "I am 42. I live in Fresno with my two kids. I am a cook at a restaurant."
web-decl-work = Work and school
web-decl-work-hint = For example: where you work, how long, training or classes you finished.
web-decl-family = Family
web-decl-family-hint = For example: who depends on you, how you care for them.
web-decl-community = Community
web-decl-community-hint = For example: volunteering, church, coaching, helping neighbors.
web-decl-since = What you have done since the case
web-decl-since-hint = For example: programs you finished, staying sober, paying what you owed, no new cases.
web-decl-why = Why this matters to you
web-decl-why-hint = For example: a job or license you want, housing, being a better example for your kids.
web-decl-short = This part is short. A few more sentences can help the judge understand you.
web-decl-preview = Preview
web-decl-show-preview = Show preview
web-decl-download = Download PDF
web-decl-need-name-and-text = Please write your name and at least one part before you download.
web-check-save = Keep my results for 90 days with a private link, so I can come back and answer questions
web-record-save-to-answer = To answer these questions and see your results change, check your record again and choose to keep your results.
web-error-try-later = We could not do that right now. Please try again in a few minutes.
web-case-saved-title = Your private link
web-case-saved = Your results are saved. Bookmark this page or copy its address and keep it safe. Anyone with the link can see your results.
web-case-link = Your private link (bookmark this)
web-case-expires = We keep your results until { $date }. Each time you open the link, we keep them 90 more days. You can delete them at any time.
web-case-gone-title = This link does not work
web-case-gone = This private link does not open any results. They may have been deleted, or 90 days passed since they were last opened. You can check your record again.
web-case-deleted-title = Deleted
web-case-deleted = Your record and your answers are deleted. We cannot get them back.
web-case-delete = Delete my record and answers
web-case-delete-hint = This deletes your saved record and your answers from our computer right away.
web-case-answer-error = We could not read your answer to these questions. The other answers are saved. Please check these and try again:
web-case-answer-check = Please check this answer. Numbers are written like 450, dates like 3/15/2019.
web-answer-yes = Yes
web-answer-no = No
web-answer-unsure = I don't know
web-answer-felony = Felony
web-answer-misdemeanor = Misdemeanor
web-answer-infraction = Infraction
web-answer-submit = Save my answers and update my results
web-check-demo = No record at hand? Try a made-up one.
web-check-demo-link = Download a sample record (not a real person)
web-account-title = My account
web-account-why = An account is optional. It lets you find your saved results again with your email or phone number and a password, instead of keeping the private link.
web-account-login = Sign in
web-account-register = Create an account
web-account-login-field = Email or phone number
web-account-password = Password
web-account-new-password = Password (at least 10 characters)
web-account-bad-login = Please enter an email address or a 10-digit phone number.
web-account-short-password = Please choose a password with at least 10 characters.
web-account-taken = There is already an account with this email or phone number. Sign in instead.
web-account-wrong = That email or phone number and password do not match.
web-account-cases = Your saved results
web-account-no-cases = You have no saved results yet. When you check your record while signed in, choose to keep your results.
web-account-case = Results saved { $date }
web-account-logout = Sign out
web-account-delete = Delete my account and all my saved results
web-account-delete-hint = This deletes your account, your saved records and your answers right away.
web-account-deleted = Your account, your saved records and your answers are deleted. We cannot get them back.
web-link-account = My account
web-admin-title = Legal aid directory (administrators)
web-admin-providers = Providers in this county
web-admin-add = Add a provider
web-admin-name = Name
web-admin-phone = Phone
web-admin-website = Web site (starting with https://)
web-admin-notes = Notes for people
web-admin-remove = Remove
web-admin-remove-named = Remove { $name }
web-admin-invalid = Please give a name, a county from the list, and a web site that starts with https:// (or leave it empty).

## Forgot your password: a link by email
web-forgot-link = Forgot your password?
web-forgot-title = Set a new password
web-forgot-intro = Type the email you signed up with. We will send you a link to choose a new password. The link works for one hour.
web-forgot-email = Your email
web-forgot-send = Send me the link
web-forgot-sent = If an account uses that email, we sent it a link. Check your email, and your spam folder too. The link works for one hour.
web-forgot-not-email = Please type an email address, like name@example.org.
web-forgot-phone = We cannot send text messages. If you signed up with a phone number and lost your password, make a new account. Your private links still work.
web-forgot-off = This site cannot send email, so it cannot set a new password for you. You can make a new account. Your private links still work.
web-reset-title = Choose a new password
web-reset-save = Save my new password
web-reset-gone = This link does not work. It may be used already, or more than one hour old. You can ask for a new one on the sign-in page.
mail-reset-subject = Your clearslate password
mail-reset-body =
    Someone asked to set a new password for your clearslate account.

    To choose a new password, open this link. It works for one hour:
    { $link }

    If you did not ask, you can ignore this email. Your password stays the same.

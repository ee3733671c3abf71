## The web application's pages (crates/web).

web-skip = Skip to the main content
web-nav-language = Language
web-nav-pages = Pages
web-footer-not-advice = clearslate gives general information about California law. It is not legal advice. A legal aid office can look at your own case for free.
web-back-home = Go to the home page
web-not-found-title = Page not found
web-not-found = We could not find that page.
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

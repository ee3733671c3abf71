## Papers for the person and letters (crates/documents).

doc-cover-title = Your record clearance papers
doc-cover-prepared = Prepared for { $name } on { $date }.
doc-cover-intro = This package has the papers to ask the court for the relief your record shows you can get now. Read the instructions first. Sign and date each form where it says to.
doc-cover-contents = What is in this package
doc-cover-col-document = Document
doc-cover-col-case = Case
doc-cover-col-pages = Pages
doc-cover-missing = Fill in before you file
doc-cover-missing-item = { $field ->
    [address] Your street or mailing address
    [city] Your city
    [state] Your state
    [zip] Your ZIP code
    [phone] Your phone number
    [dob] Your date of birth
    [declaration] Your statement for the declaration (form MC-031): the judge decides, so tell the judge about your life now
    [fee_waiver] Item 5 of the fee waiver (form FW-001): the benefits you get, or your household size and income
   *[other] { $field }
}
doc-cover-review = Not in this package yet: answer these questions first
doc-cover-review-item = { $remedy }, case { $case }: we need to know more before you can file.
doc-cover-later = You can ask for more later
doc-cover-later-item = { $remedy }, case { $case }: you can file on or after { $date }.
doc-cover-nothing = There is nothing to file in court right now.
doc-cover-generated = Pages marked "same content as form ..." were made because the official form was not available. Most courts accept them; if the clerk asks for the official form, download it from courts.ca.gov and copy the answers.

doc-guide-title = How to file in { $county } County
doc-guide-court = Where: the criminal clerk's office of the Superior Court of California, County of { $county }. Find the address and hours at courts.ca.gov/find-my-court.
doc-guide-step-sign = Check every page. Fill in anything left blank. Sign and date each form where it says to.
doc-guide-step-copies = Make 2 copies of everything. Keep one copy for yourself.
doc-guide-step-file = Give the originals and a copy to the clerk. Ask the clerk to stamp your copy.
doc-guide-step-serve = Send a copy to the district attorney of { $county } County. The clerk can tell you if the court does this for you.
doc-guide-step-serve-arrest = For arrest sealing: send a copy to the district attorney and to the police or sheriff that arrested you, at least 15 days before the hearing.
doc-guide-step-hearing = The court may set a hearing. Go if you can. If you cannot go, call the clerk. Many courts decide without a hearing.
doc-guide-step-fees = If you cannot pay court fees, file the fee waiver (form FW-001) with your papers.
doc-guide-step-order = When the judge signs the order, keep a copy. Send it with the dispute letters to any background check company that still shows the old record.
doc-guide-cases = Cases in this county
doc-guide-help = Free help: a legal aid office or your county's public defender can check your papers before you file.

doc-letter-subject = Dispute of inaccurate criminal record information
doc-letter-greeting = To whom it may concern:
doc-letter-intro = I am writing to dispute criminal record information about me that your company reports or may report. The records below have been relieved by law or may not be reported. Please correct your files.
doc-letter-who = My name is { $name }. My date of birth is { $dob }.
doc-letter-case = { $court }, case { $case }, { $date }
doc-letter-not = This case must not be reported.
doc-letter-dismissed = This case was dismissed under { $remedy }. If it is reported at all, it must show that it was dismissed.
doc-letter-reduced = This conviction was reduced under { $remedy }. It must be reported only as reduced.
doc-letter-automatic = The state granted relief under { $remedy }. Courts may not disclose this record, and it must not be reported.
doc-letter-sealed = This record was sealed under { $remedy }. It must not be reported.
doc-letter-law-fcra = Under the Fair Credit Reporting Act, you must reinvestigate this dispute for free and correct or delete the information within 30 days (15 U.S.C. § 1681i(a)), follow reasonable procedures to ensure maximum possible accuracy (15 U.S.C. § 1681e(b)), and report public records for employment only when complete and up to date (15 U.S.C. § 1681k(a)).
doc-letter-law-icraa = California law bars reporting convictions older than seven years (Civ. Code, § 1786.18(a)(7)), requires you to verify public record information within 30 days before you report it (Civ. Code, § 1786.18(c)), and requires reports to show when a case was dismissed or otherwise resolved (Civ. Code, § 1786.28(b)).
doc-letter-law-sealed = Sealed arrests may not be disclosed to anyone but me or a criminal justice agency (Pen. Code, § 851.92(b)(5)); disclosure carries a civil penalty (Pen. Code, § 851.92(c)). Courts may not disclose records of relief granted under Penal Code sections 1203.425 and 851.93.
doc-letter-law-employer = Employers may not use a dismissed or sealed conviction, or an arrest that did not lead to a conviction, in hiring (Lab. Code, § 432.7).
doc-letter-ask = Please send me the results of your reinvestigation and a free copy of my corrected file.
doc-letter-closing = Sincerely,
doc-letter-enclosed = Enclosed: copies of the court orders or records that show this relief, when I have them.

doc-notice-title = Your record was cleared
doc-notice-intro = Hello { $name }. California law cleared part of your record for you. You did not need to file anything.
doc-notice-item = { $remedy }: case { $case } in { $county } County.
doc-notice-means = What this means: for most jobs and housing, you do not have to tell anyone about these cases. Background check companies may not report them as they were.
doc-notice-limits = What it does not do: it does not give back the right to have a gun. You must still tell about them if you apply to be a police officer, run for office, or work with children, the elderly or people with disabilities in some jobs.
doc-notice-check = Check your record: ask the California Department of Justice for a copy of your record through Live Scan (form BCIA 8016); ask about a fee waiver if you cannot pay. If a background check still shows these cases, use the dispute letters in this package.
doc-notice-help = Questions? A legal aid office or your county's public defender can help you for free.

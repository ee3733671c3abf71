# Messages of the law engine. Plain words, about a 6th-grade reading level.
# Dates arrive already written out ("June 30, 2016").

verify = verify

## Remedy names

remedy-pc-1203-4 = Dismissal after probation (PC 1203.4)
remedy-pc-1203-4a = Dismissal of a misdemeanor or infraction without probation (PC 1203.4a)
remedy-pc-1203-41 = Dismissal of a felony served in county jail or prison (PC 1203.41)
remedy-pc-1203-42 = Dismissal of a prison sentence from before 2011 (PC 1203.42)
remedy-pc-1203-425 = Automatic conviction relief by the state (PC 1203.425)
remedy-pc-17b = Felony reduced to a misdemeanor (PC 17(b))
remedy-pc-17d2 = Misdemeanor reduced to an infraction (PC 17(d)(2))
remedy-pc-1170-18 = Proposition 47: felony changed to a misdemeanor (PC 1170.18)
remedy-hs-11361-8 = Proposition 64: marijuana record dismissed, sealed or reduced (HS 11361.8)
remedy-pc-851-93 = Automatic arrest relief by the state (PC 851.93)
remedy-pc-851-91 = Sealing an arrest that did not lead to a conviction (PC 851.91)
remedy-pc-851-87 = Sealing after a prosecutor's diversion program (PC 851.87)
remedy-pc-851-90 = Sealing after drug diversion (PC 851.90)
remedy-pc-1000-4 = Arrest treated as never made after diversion (PC 1000.4)
remedy-pc-1001-9 = Arrest treated as never made after misdemeanor diversion (PC 1001.9)
remedy-pc-1203-43 = Taking back a deferred entry of judgment plea (PC 1203.43)
remedy-pc-1203-45 = Sealing a misdemeanor from before age 18 (PC 1203.45)
remedy-pc-1203-49 = Dismissal for a human trafficking victim (PC 1203.49)
remedy-pc-236-14 = Vacating a conviction for a human trafficking victim (PC 236.14)
remedy-pc-1473-7 = Motion to vacate a conviction that was legally invalid (PC 1473.7)
remedy-pc-18-5 = One-year misdemeanor sentence changed to 364 days (PC 18.5)
remedy-pc-4852-01 = Certificate of rehabilitation (PC 4852.01)
remedy-pardon = Governor's pardon
remedy-wic-781 = Sealing a juvenile record by petition (WIC 781)
remedy-wic-786 = Sealing a juvenile record when the case is dismissed (WIC 786)

## Shared reasons

r-granted = The record already shows this relief.
r-granted-on = The record shows this relief was granted on { $date }.
r-reduced = The record shows this felony was already reduced to a misdemeanor.
r-reduced-on = The record shows this felony was reduced to a misdemeanor on { $date }.
r-redesignated = The record shows this felony was already changed to a misdemeanor under Proposition 47.
r-redesignated-on = The record shows this felony was changed to a misdemeanor under Proposition 47 on { $date }.
r-discretionary = The judge decides. The court may say yes or no.
r-restitution-not-a-bar = Owing restitution is not a reason to say no.
r-probation-ended = Probation ended on { $date }.
r-probation-ends = Probation ends on { $date }.
r-probation-completed-facts = You said you finished probation.
r-probation-end-unknown = The record does not show how long probation was, so we cannot tell when it ended.
r-ab1950-cap = A 2021 law (AB 1950) limited most probation terms. Your probation may have ended early, on { $date }. Check with the court.
r-date-from-sentence = We counted { $date } from the sentence date and the length of the sentence on the record.
r-date-estimated = { $date } is an estimate, because the record does not show the end date. Check it.
r-sentence-completed = The sentence was finished on { $date }.
r-sentence-end-unknown = The record does not show when the sentence ended.
r-wait-after-completion = The sentence ended on { $completed }. The law asks you to wait { $years ->
    [one] one year
   *[other] { $years } years
} after that, so you can ask from { $date }.
r-prison-completion-verify = For a prison sentence, we count from the end of parole. Some courts count from release. Check with a lawyer.
r-status-other-sentence = You cannot be on probation, parole or serving a sentence in another case. Your other case ends on { $date }.
r-status-other-sentence-unknown = You may still be serving a sentence or be on probation in another case. The record does not show when it ends.
r-status-on-supervision = You said you are on probation, parole or supervision now. You have to finish it first.
r-status-pending-charges = You said you have an open criminal case. You have to wait until it is over.
r-status-open-arrest = The record shows an arrest on { $date } with no result yet. If charges are still open, you have to wait until the case is over.

## PC 1203.4

r-1203-4-probation-granted = You got probation on { $date }.
r-1203-4-excluded = { $section } is on the list of offenses this law does not cover.
r-1203-4-maybe-excluded = { $section } may be on the list of offenses this law does not cover.
r-1203-4-vc12810 = { $section } is a driving offense. For these, the judge decides.
r-1203-4-maybe-vc12810 = { $section } may be a driving offense where the judge decides.
r-1203-4-early-termination = The court ended your probation early. The court must grant the dismissal.
r-1203-4-violation = Probation was violated. The judge can still grant the dismissal, but does not have to.
r-1203-4-fulfilled = The record shows no violation and no new case during probation, so you finished probation. The court must grant the dismissal.
r-1203-4-fulfilled-facts = You said you followed all the terms of probation. The court must grant the dismissal.
r-1203-4-conviction-during-probation = You were convicted of something new while on probation. The judge can still grant the dismissal, but does not have to.
r-1203-4-arrest-during-probation = You were arrested while on probation. If the court found a violation, the judge decides. If not, the court must grant it.
r-1203-4-automatic-may-apply = The state may already have cleared this conviction on its own (PC 1203.425). Check your record first.

## PC 1203.4a

r-1203-4a-excluded = { $section } is on the list of offenses this law does not cover.
r-1203-4a-maybe-excluded = { $section } may be on the list of offenses this law does not cover.
r-1203-4a-after-prop47 = This felony is now a misdemeanor under Proposition 47, so it counts as a misdemeanor here.
r-1203-4a-after-17b = This felony was reduced to a misdemeanor, so it counts as a misdemeanor here.
r-1203-4a-one-year = Judgment was on { $judgment }. You can ask one year later, from { $date }.
r-1203-4a-honest-life-facts = You said you have obeyed the law since then. The court must grant the dismissal.
r-1203-4a-discretionary = The judge decides, because the law asks for a clean record since the judgment.
r-1203-4a-later-conviction = You have a later conviction. The judge can still grant the dismissal, but does not have to.
r-1203-4a-later-arrest = You have a later arrest. If you have obeyed the law since the judgment, the court must grant it. If not, the judge decides.
r-1203-4a-clean-record = The record shows no new case since the judgment. The court must grant the dismissal.

## PC 1203.41

r-1203-41-prison = You were sentenced to state prison. Since 2023, this law covers prison sentences too.
r-1203-41-split = You had a split sentence: county jail, then mandatory supervision.
r-1203-41-straight = You had a county jail sentence for a felony.
r-1203-41-registration = { $section } requires sex offender registration, so this law does not cover the prison sentence.
r-1203-41-maybe-registration = { $section } may require sex offender registration. If it does, this law does not cover the prison sentence.

## PC 1203.42

r-1203-42-realignable = { $section } would be served in county jail today.
r-1203-42-realignable-unknown = We do not know if { $section } would be served in county jail today. A lawyer can tell you.
r-1203-42-before-realignment = You were sentenced to state prison on { $date }, before the 2011 change that moved many felonies to county jail.

## PC 1203.425

r-1203-425-ia = You got probation and finished it without it being taken away.
r-1203-425-ib = This is a misdemeanor or infraction. The state clears it once the sentence is done and one year has passed since judgment, on { $date }.
r-1203-425-ii = This is a felony. The state clears it four years after you finish probation or supervision, if you have no new felony.
r-1203-425-before-1973 = Automatic relief covers convictions from 1973 on.
r-1203-425-registrant = You must register as a sex offender (PC 290), so the state will not clear this on its own.
r-1203-425-maybe-registrant = If you must register as a sex offender (PC 290), the state will not clear this on its own.
r-1203-425-serious = { $section } is a serious felony. Automatic relief does not cover it.
r-1203-425-violent = { $section } is a violent felony. Automatic relief does not cover it.
r-1203-425-registrable = { $section } requires sex offender registration. Automatic relief does not cover it.
r-1203-425-maybe-listed = { $section } may be a serious or violent felony, depending on the facts of the case.
r-1203-425-anchor = Probation or supervision for this case ended on { $date }.
r-1203-425-anchor-release = No probation or supervision followed jail or prison, so we count from your release on { $date }. Check this.
r-1203-425-new-felony = You were convicted of a new felony on { $date }, inside the four years. Automatic relief does not cover this case.
r-1203-425-four-years = Four years from then is { $date }.
r-1203-425-program-start = The state began clearing these records in 2022.
r-1203-425-automatic = You do not need to file anything. The state checks its records every month. It only works if your record shows how the case ended. If it does not, you can still file a petition.
r-1203-425-may-be-blocked = A prosecutor can ask a judge to stop automatic relief, at least 90 days before you qualify.

## PC 17(b) and 17(d)(2)

r-17b-wobbler = { $section } can be a felony or a misdemeanor (a "wobbler").
r-17b-wobbler-facts = You said { $section } can be a felony or a misdemeanor (a "wobbler").
r-17b-maybe-wobbler = { $section } may be a "wobbler", depending on the subsection.
r-17b-probation = You got probation, so the court can make it a misdemeanor.
r-17b-any-time = You do not have to wait. You can ask now, even while on probation.
r-17b-custody = You were sentenced to prison or a county jail felony term, so this cannot be reduced this way.
r-17b-registration = Reducing the felony does not end a duty to register as a sex offender.
r-17d2-listed = { $section } is a misdemeanor the court can treat as an infraction.
r-17d2-maybe-listed = { $section } may be a misdemeanor the court can treat as an infraction.

## Proposition 47

r-1170-18-offense = { $section } became a misdemeanor under Proposition 47.
r-1170-18-offense-value = { $section } became a misdemeanor under Proposition 47 if the value was $950 or less.
r-1170-18-maybe-offense = { $section } may be covered by Proposition 47. A lawyer can tell you.
r-1170-18-value-over = The value was ${ $value }, more than $950, so Proposition 47 does not cover it.
r-1170-18-before = You were convicted on { $date }, before Proposition 47 (November 5, 2014).
r-1170-18-prop36 = { $section } is a felony under Proposition 36 (2024). Proposition 47 does not cover it.
r-1170-18-super-strike = Your record has a very serious prior conviction ({ $section }). Proposition 47 does not cover you.
r-1170-18-later-super-strike = Your record has a very serious conviction ({ $section }) from after this case. A lawyer should check if it stops Proposition 47.
r-1170-18-maybe-super-strike = { $section } may be a very serious offense that stops Proposition 47. A lawyer can tell you.
r-1170-18-registrant = You must register as a sex offender, so Proposition 47 does not cover you.
r-1170-18-maybe-registrant = If you must register as a sex offender, Proposition 47 does not cover you.
r-1170-18-resentencing = You are still serving this sentence, so you ask the court to resentence you. The court must do it unless it finds you a serious danger.
r-1170-18-redesignation = You finished the sentence, so you ask the court to change the felony to a misdemeanor. The court must do it.
r-1170-18-no-deadline = There is no deadline to ask.
r-1170-18-effect = After the change, it is a misdemeanor for all purposes, but it does not give back the right to have a gun.

## Proposition 64

r-11361-8-offense = { $section } is a marijuana offense that Proposition 64 changed.
r-11361-8-before = You were convicted on { $date }, before Proposition 64 (November 9, 2016).
r-11361-8-serving = You are still serving the sentence, so you ask the court to recall or dismiss it.
r-11361-8-completed = You finished the sentence, so you ask the court to dismiss and seal it, or make it a lesser offense.
r-11361-8-dismiss = What you did is now legal for adults, so the court should dismiss and seal it.
r-11361-8-redesignate = The court should make it a misdemeanor or an infraction.
r-11361-8-possession = If it was 28.5 grams or less, the court should dismiss and seal it. If more, it can become a misdemeanor.
r-11361-8-cultivation = If it was 6 plants or fewer, the court should dismiss and seal it. If more, it can become a misdemeanor.
r-11361-8-felony-exception = Because of something else on the record, the court may keep this a felony. Talk to a lawyer.
r-11361-8-presumption = The court must assume you qualify unless the prosecutor proves you do not.
r-11361-9-may-have-acted = The state reviewed old marijuana cases in 2019 to 2023. This one may already be cleared. Check your record or ask the court first.

## PC 18.5

r-18-5-one-year = You were sentenced to one year in county jail on { $date }, before 2015.
r-18-5-effect = You can ask the court to change it to 364 days, the most a misdemeanor carries now.

## Immigration

imm-dismissal-no-help = Immigration: a dismissal does not remove the conviction for immigration purposes. Talk to an immigration lawyer before you file.
imm-reduction-helps = Immigration: changing a felony to a misdemeanor usually helps. Ask that the order say the most it carries is 364 days (PC 18.5). Talk to an immigration lawyer.
imm-18-5-weak = Immigration: changing an old sentence to 364 days usually does not help with immigration. Talk to an immigration lawyer.
imm-prop64-uncertain = Immigration: it is not clear how this helps with immigration. Talk to an immigration lawyer.
imm-invalidity-helps = Immigration: this can remove the conviction for immigration purposes. Talk to an immigration lawyer.

## Questions

q-noncitizen = Are you a U.S. citizen?
q-on-supervision = Are you on probation, parole or supervision now in any case?
q-pending-charges = Do you have an open criminal case right now?
q-honest-upright-life = Have you obeyed the law since the judgment in this case?
q-trafficking-victim = Were you a victim of human trafficking when this happened?
q-ca-resident-since = Since when have you lived in California?
q-registrant-290 = Do you have to register as a sex offender (PC 290)?
q-theft-value = What was the value of the property or check? Was it $950 or less?
q-theft-value-25000 = Was the value more than $25,000?
q-probation-violated = Did the court ever find that you violated probation in this case?
q-probation-completed = Did you finish probation in this case? When?
q-early-termination = Did the court end your probation early?
q-plants = How many marijuana plants were there?
q-grams = How many grams of marijuana were there?
q-sentence-completed-on = When did the whole sentence end, including parole or supervision?
q-realignment-eligible = Would this offense be served in county jail today (PC 1170(h))?
q-serious-felony = Did the case involve a weapon, great bodily injury, force, or a home (facts that make it a serious felony)?
q-violent-felony = Did the court find that it was a violent felony?
q-wobbler = Can this offense be charged as either a felony or a misdemeanor?
q-level = Was this conviction a felony, a misdemeanor or an infraction?
q-force = Was force or threat of force part of the offense?
q-injury-or-weapon = Did the court find that someone was badly hurt or that a weapon was used?
q-gang = Did the court find that it was done for a gang?
q-residential = Was it a home (or was someone present)?
q-sexual-intent = Was there a sexual purpose found in this case?
q-unsettled = The law is not clear here. A lawyer should look at it.
q-other = A lawyer should look at this.

## Notes on the record

n-level-from-charge = Count { $count }: the record does not say if the conviction was a felony or a misdemeanor, so we used the charge. Check it.
n-sentence-from-other-count = Count { $count }: the sentence was printed on another count of the same case, so we used it.
n-registrant = The record shows a sex offender registration (PC 290). That limits some kinds of relief.

## Plan

plan-file = { $remedy }: file in { $county ->
    [none] the court
   *[other] { $county } County
} ({ $court }), case { $case }.{ $forms ->
    [none] {""}
   *[other] { " " }Forms: { $forms }.
}{ $date ->
    [none] {""}
   *[other] { " " }Not before { $date }.
}
plan-review = { $remedy }: ask a lawyer or legal aid to review case { $case } in { $court }. Answer the questions below first.
plan-automatic = { $remedy }: nothing to file for case { $case }. The state should clear it on its own{ $date ->
    [none] .
   *[other] { " " }after { $date }.
} Check your record to be sure.
plan-note-immigration = Because you are not a U.S. citizen, the steps that can help with immigration come first. Talk to an immigration lawyer before you file anything.
plan-note-reduce-first = Ask to reduce the felonies first. Then ask for the dismissal, so the order shows the lower level.

## Rules page

rules-title = The rules clearslate uses
rules-intro = Each rule below says what the law requires and where the law says it. Rules marked "verify" rest on sources we could not fully check.
rules-forms = Court forms
rules-automatic = The state grants this without a petition.
rules-tables-title = Offense lists

rule-restitution = Owing restitution is not a reason to deny.
rule-ab1950 = Since January 1, 2021, most probation is limited to 1 year for a misdemeanor and 2 years for a felony. Longer grants that were still running may have ended early.

rule-pc-1203-4 = If you got probation, you can ask the court to dismiss the conviction when probation is over.
rule-pc-1203-4-probation = Probation was granted (felony or misdemeanor).
rule-pc-1203-4-mandatory = If you finished probation, or the court ended it early, the court must grant it.
rule-pc-1203-4-discretionary = In other cases, such as a probation violation, the judge decides.
rule-pc-1203-4-status = You cannot be serving a sentence, be on probation, or be charged with a crime in any case.
rule-pc-1203-4-excluded = Not for some sex offenses (PC 286(c), 287(c), 288, 288.5, 289(j), 311.1, 311.2, 311.3, 311.11, felony 261.5(d)), VC 42002.1 misdemeanors, or infractions.
rule-pc-1203-4-vc12810 = For some driving offenses (Vehicle Code 12810(a) to (e)), the judge decides.

rule-pc-1203-4a = If you had a misdemeanor or infraction and no probation, you can ask the court to dismiss it one year after judgment.
rule-pc-1203-4a-who = A misdemeanor without probation, or an infraction.
rule-pc-1203-4a-wait = One year after the judgment, and the sentence is done.
rule-pc-1203-4a-status = You cannot be serving a sentence or be charged with a crime.
rule-pc-1203-4a-mandatory = If you have obeyed the law since the judgment, the court must grant it.
rule-pc-1203-4a-discretionary = If not, the judge decides.
rule-pc-1203-4a-excluded = Not for misdemeanor PC 288(c), VC 42002.1 misdemeanors, or VC 42001 infractions.

rule-pc-1203-41 = A felony served in county jail (PC 1170(h)) or state prison can be dismissed by the judge after a waiting period.
rule-pc-1203-41-who = A felony with a county jail sentence under PC 1170(h), or a state prison sentence.
rule-pc-1203-41-wait = One year after a split sentence ends; two years after a straight jail or prison sentence ends.
rule-pc-1203-41-status = Not on parole or supervision, and not serving a sentence, on probation, or charged in any case.
rule-pc-1203-41-registration = Not for a prison sentence for an offense that requires sex offender registration.
rule-pc-1203-41-prison = Prison sentences were added by SB 731; we apply it to orders from January 1, 2023.

rule-pc-1203-42 = A prison sentence from before October 1, 2011, for an offense that would be served in county jail today, can be dismissed by the judge.
rule-pc-1203-42-who = Sentenced to state prison before October 1, 2011.
rule-pc-1203-42-realignment = The offense would be sentenced to county jail under PC 1170(h) today.
rule-pc-1203-42-wait = Two years after the sentence ends.
rule-pc-1203-42-status = Not under supervision, and not serving a sentence, on probation, or charged in any case.

rule-pc-1203-425 = The state clears many convictions on its own, without a petition.
rule-pc-1203-425-monthly = The Department of Justice checks its records every month.
rule-pc-1203-425-registrant = Not for people who must register as sex offenders.
rule-pc-1203-425-status = Not while on supervision, serving a sentence, or with charges pending.
rule-pc-1203-425-ia = A conviction from 1973 on, with probation finished without revocation.
rule-pc-1203-425-ib = A misdemeanor or infraction from 1973 on, with the sentence done and one year after judgment.
rule-pc-1203-425-ii = A felony from 1973 on, four years after probation or supervision ended, with no new felony in those years; not serious, violent or sex-registration felonies.
rule-pc-1203-425-electronic = Only if the state's electronic record shows the outcome of the case.
rule-pc-1203-425-block = A prosecutor or probation department can ask a court to block it, at least 90 days before.

rule-pc-17b = A "wobbler" felony can be made a misdemeanor by the judge if you got probation.
rule-pc-17b-wobbler = The offense can be punished as a felony or a misdemeanor.
rule-pc-17b-probation = Probation was granted; you can ask at any time after that.
rule-pc-17b-discretionary = The judge decides.
rule-pc-17b-custody = Not after a state prison or county jail felony sentence.
rule-pc-17b-registration = It does not end a duty to register as a sex offender.

rule-pc-17d2 = Some misdemeanors can be changed to infractions by the judge.
rule-pc-17d2-list = The offense is on the list in PC 19.8(a).
rule-pc-17d2-discretionary = The judge decides.

rule-pc-1170-18 = Proposition 47 (2014) made some drug and theft felonies into misdemeanors. Old felonies can be changed.
rule-pc-1170-18-offenses = Drug possession (HS 11350, 11357, 11377), shoplifting, forgery, bad checks, petty theft, receiving stolen property, and petty theft with a prior.
rule-pc-1170-18-value = For theft, forgery, checks and stolen property, the value must be $950 or less.
rule-pc-1170-18-serving = If you are still serving the sentence, the court resentences you unless you are a serious danger.
rule-pc-1170-18-completed = If you finished the sentence, the court must change it to a misdemeanor.
rule-pc-1170-18-bars = Not for people with a "super strike" prior or who must register as sex offenders.
rule-pc-1170-18-no-deadline = There is no deadline (SB 749, 2023).
rule-pc-1170-18-prop36 = New felonies from Proposition 36 (2024) are not covered.
rule-pc-1170-18-effect = The result is a misdemeanor for all purposes, except gun rights.

rule-hs-11361-8 = Proposition 64 (2016) changed marijuana laws. Old convictions can be dismissed and sealed, or reduced.
rule-hs-11361-8-offenses = HS 11357, 11358, 11359, 11360 and 11362.1 convictions from before November 9, 2016.
rule-hs-11361-8-serving = If you are still serving the sentence, you petition for recall or dismissal.
rule-hs-11361-8-completed = If you finished, you apply to dismiss and seal, or to reduce.
rule-hs-11361-8-presumption = The court assumes you qualify unless the prosecutor proves otherwise.
rule-hs-11361-8-automatic = The state reviewed these cases from 2019 to 2023, so many are already done.

rule-pc-18-5 = A misdemeanor sentence of one year from before 2015 can be changed to 364 days.
rule-pc-18-5-who = Sentenced to one year in county jail before January 1, 2015.
rule-pc-18-5-effect = The most a misdemeanor carries is now 364 days.

## Offense list titles

table-serious = Serious felonies
table-violent = Violent felonies
table-super-strike = "Super strikes"
table-registrable = Offenses requiring sex offender registration
table-wobbler = Wobblers (felony or misdemeanor)
table-prop47 = Proposition 47 offenses
table-prop36 = Proposition 36 felonies
table-prop64 = Proposition 64 offenses
table-realignment = County jail felonies (PC 1170(h))
table-vc12810 = Driving offenses (Vehicle Code 12810(a) to (e))
table-excluded-1203-4 = Offenses PC 1203.4 does not cover
table-excluded-1203-4a = Offenses PC 1203.4a does not cover
table-infraction-19-8 = Misdemeanors that can become infractions
table-eight-years = Offenses punishable by 8 years or more
table-probation-cap-exempt = Offenses outside the 2021 probation limits
table-rehabilitation-excluded = Offenses without a certificate of rehabilitation

## Outcomes, for text reports

outcome-eligible = You can ask now
outcome-eligible-automatic = Due now, automatically
outcome-eligible_later = Not yet: from { $date }
outcome-needs_review = Needs review
outcome-ineligible = Not available
outcome-granted = Already done
mandatory-yes = The court must grant it
mandatory-no = The judge decides

## Text report headings

text-questions = Questions that would settle what is open
text-plan = What to do, in order
text-notes = Notes about the record
text-no-relief = We found no convictions with relief to report.

## PC 851.93, 851.91, 1203.43

r-851-93-dismissed = The misdemeanor charge was dismissed on { $date }.
r-851-93-diversion = You finished diversion, and the charges were dismissed on { $date }.
r-851-93-no-charges = The record shows no charges were filed after the arrest.
r-851-93-acquitted = You were found not guilty.
r-851-93-misdemeanor-wait = The arrest for a misdemeanor was on { $arrest }. The state clears it one year later, on { $date }.
r-851-93-felony-wait = The arrest for a felony was on { $arrest }. The state clears it three years later, on { $date }.
r-851-93-eight-year-wait = The arrest was on { $arrest }, for a serious charge. The state clears it six years later, on { $date }.
r-851-93-level-unknown = The record does not say if the arrest was for a felony or a misdemeanor, so we used the longer wait. Check it.
r-851-93-program-start = The state began clearing these arrests in 2022.
r-851-93-automatic = You do not need to file anything. The state checks its records every month, and the arrest is then treated as if it never happened. It only works if your record shows how the arrest ended.
r-851-91-acquitted = You were found not guilty, so you can ask the court to seal this arrest.
r-851-91-dismissed = The charges were dismissed on { $date }.
r-851-91-refile = This works if the charges cannot be filed again. Check with the court.
r-851-91-limitations = No charges were filed. Once the time to file them has passed ({ $years ->
    [one] one year
   *[other] { $years } years
}), you can ask the court to seal the arrest, from { $date }.
r-851-91-no-limit = Charges like these can be filed at any time, so this arrest cannot be sealed this way.
r-851-91-as-of-right = The court must seal it if you qualify.
r-851-91-pattern = The arrest was for domestic violence or child or elder abuse, and the record shows a pattern, so the judge decides.
r-1203-43-dej = You got deferred entry of judgment on { $date }, and pleaded guilty to get it.
r-1203-43-completed = You finished it, and the charges were dismissed on { $date }.
r-1203-43-shall = The court must let you take back the guilty plea and dismiss the case, if you ask.
r-1203-43-why = The law says people were told wrongly that this left no conviction. For immigration it still counts as one until the plea is taken back.

rule-pc-851-93 = The state clears many arrests that did not lead to a conviction, without a petition.
rule-pc-851-93-monthly = The Department of Justice checks its records every month, for arrests from 1973 on.
rule-pc-851-93-a = A misdemeanor arrest whose charge was dismissed.
rule-pc-851-93-b = A misdemeanor arrest with no charges filed, one year later.
rule-pc-851-93-c = A felony arrest with no charges filed, three years later.
rule-pc-851-93-c2 = For offenses punishable by 8 years or more, six years later.
rule-pc-851-93-d = An arrest that led to diversion you finished.
rule-pc-851-93-effect = The arrest is treated as if it never happened.
rule-pc-851-91 = You can ask the court to seal an arrest that did not lead to a conviction.
rule-pc-851-91-no-conviction = No charges were filed and the time to file has passed, or every charge was dismissed or ended in a not-guilty verdict.
rule-pc-851-91-bars = Not while charges can still be filed, and not for charges with no time limit (such as murder) unless you were found not guilty.
rule-pc-851-91-limits = The time to file charges is usually one year for a misdemeanor and three for a felony.
rule-pc-851-91-right = The court must grant it.
rule-pc-851-91-pattern = For domestic violence, child abuse or elder abuse with a pattern of cases, the judge decides.
rule-pc-1203-43 = If you finished deferred entry of judgment, you can take back the guilty plea.
rule-pc-1203-43-who = Deferred entry of judgment granted from 1997 on, finished, and the charges dismissed.
rule-pc-1203-43-plea = Until 2018, deferred entry of judgment needed a guilty plea.
rule-pc-1203-43-mandatory = The court must grant it if you ask.
rule-pc-1203-43-why = It matters most for immigration.

## Law engine II: questions

q-diversion-completed = Did you finish the diversion or deferred entry of judgment program in this case?
q-offense-date = On what day did this offense happen?
q-advised-immigration = Before you pleaded, did your lawyer explain how the plea could affect your immigration status?

## Diversion sealing (PC 851.87, 851.90, 1000.4, 1001.9)

r-diversion-completed-on = You finished the program. The record shows the case ended on { $date }.
r-diversion-completed = You said you finished the program.
r-diversion-not-shown = The record shows you were sent to a program, but not that you finished it.
r-diversion-not-completed = You said you did not finish the program, so this does not apply.
r-diversion-program-guess = The record does not name the program. We guessed it from the charges. Check this.
r-diversion-judge-may-seal = The judge may order the arrest records sealed. Ask the court that handled the case.
r-851-87-effect = After a prosecutor's diversion program, you can ask the court to seal the arrest. The police and the prosecutor can ask for a hearing within 60 days.
r-851-90-effect = After a drug program or deferred entry of judgment, the court can seal the arrest records.
r-1000-4-effect = By law, the arrest counts as if it never happened. You may say you were not arrested, except when you apply to be a peace officer.
r-1001-9-effect = By law, the arrest counts as if it never happened. You may say you were not arrested, except when you apply to be a peace officer.
rule-pc-851-87 = After you finish a prosecutor's diversion program, you can ask the court to seal the arrest.
rule-pc-851-87-who = The prosecutor sent you to a program before any charges were filed, and you finished it.
rule-pc-851-90 = After you finish a drug program or deferred entry of judgment, the court can seal the arrest.
rule-pc-851-90-who = You finished a program under PC 1000, 1000.5 or 1000.8.
rule-pc-1000-4 = After you finish deferred entry of judgment or drug diversion, the arrest counts as if it never happened.
rule-pc-1000-4-who = You finished a program under PC 1000.
rule-pc-1000-4-deemed = The arrest is treated as if it never happened. You may say you were not arrested, except when you apply to be a peace officer.
rule-pc-1000-4-use = Without your OK, the record cannot be used to deny you a job, benefit, license or certificate.
rule-pc-1001-9 = After you finish misdemeanor diversion, the arrest counts as if it never happened.
rule-pc-1001-9-who = You finished misdemeanor diversion (PC 1001 to 1001.9).
rule-diversion-may = The judge may order the records sealed.
rule-diversion-effect = Afterwards you may say you were not arrested, except when you apply to be a peace officer.

## PC 1203.45

r-1203-45-under-18 = You were under 18 when this happened (the record's date is { $date }).
r-1203-45-under-21 = Before March 7, 1973, this also covers people under 21.
r-1203-45-age-unclear = You turned 18 close to { $date }, so we need the day of the offense to know if you were under 18.
r-1203-45-excluded-290 = This law does not cover offenses that require sex offender registration.
r-1203-45-excluded-drug = This law does not cover drug offenses under the Health and Safety Code (Division 10).
r-1203-45-excluded-driving = This law does not cover Vehicle Code offenses about driving.
r-1203-45-more-than-one = The record shows { $count } convictions. This law is for people with only one, unless one offense is part of the other or the others are minor traffic offenses. Ask a lawyer.
r-1203-45-no-dismissal = You first need a dismissal under PC 1203.4 or 1203.4a, and the record does not show you can get one.
r-1203-45-with = This builds on { $remedy }.
r-1203-45-may = The judge decides. If granted, the case is sealed and treated as if it never happened.
rule-pc-1203-45 = You can ask to seal a misdemeanor you did before you turned 18.
rule-pc-1203-45-who = You were under 18 when you did it.
rule-pc-1203-45-first = You can get, or already got, a dismissal under PC 1203.4 or 1203.4a.
rule-pc-1203-45-excluded = Not for sex offender registration offenses, drug offenses, or driving offenses.
rule-pc-1203-45-one = Usually only for people with one conviction.
rule-pc-1203-45-1973 = Before March 7, 1973, people under 21 are covered too.

## Human trafficking (PC 1203.49, 236.14)

r-trafficking-ask = If this happened because you were a victim of human trafficking, the law has special help. Tell us if that is true.
r-trafficking-victim = You said you were a victim of human trafficking.
r-trafficking-proof = You must show the court strong proof ("clear and convincing evidence") that it happened because you were trafficked.
r-1203-49-probation-done = You said you finished probation.
r-1203-49-probation-ends = Probation ends on { $date }.
r-1203-49-probation-not-done = You must finish probation first.
r-1203-49-may = The judge may dismiss the case and note that you were a trafficking victim.
r-236-14-nonviolent = This is not a violent felony, so it is covered.
r-236-14-maybe-violent = This law does not cover violent felonies. Check whether this one was.
r-236-14-violent = This law does not cover violent felonies.
r-236-14-arrest = The arrest records can be sealed and destroyed.
r-236-14-shall = If you prove it, the judge must cancel (vacate) the conviction as legally invalid.
r-236-14-any-time = You can ask at any time after you are out of the trafficking situation.
rule-pc-1203-49 = A victim of human trafficking can ask to dismiss a prostitution conviction (PC 647(b)).
rule-pc-1203-49-who = A conviction under PC 647(b).
rule-pc-1203-49-probation = You finished any probation.
rule-pc-1203-49-may = The judge decides.
rule-pc-236-14 = A victim of human trafficking can ask to cancel arrests and convictions for nonviolent offenses.
rule-pc-236-14-who = Any arrest or conviction for an offense that is not a violent felony, done while you were trafficked.
rule-pc-236-14-shall = If you prove it, the judge must cancel the conviction as legally invalid.
rule-pc-236-14-when = At any time.
rule-trafficking-proof = You must show strong proof that it happened because you were trafficked.

## PC 1473.7

r-1473-7-ask-advice = Did your lawyer explain, before you pleaded, how the plea could affect your immigration status? If not, this could help.
r-1473-7-not-advised = You said no one explained how the plea could affect your immigration status.
r-1473-7-lead = A court may cancel (vacate) a conviction that was legally invalid. This is a strong lead to take to a lawyer, not a promise.
r-1473-7-custody-until = You can file once you are out of custody and off supervision, from { $date }.
r-1473-7-custody = You can file once you are out of custody and off probation, parole or supervision.
r-1473-7-out-of-custody = You are out of custody, so you can file now.
r-1473-7-gather = Gather: the plea form, the court minutes or transcript, your old lawyer's file, and any immigration papers about this case.
r-1473-7-diligence = File soon. A court may say it is too late if you waited long after an immigration notice or a removal order.
r-1473-7-effect = A conviction cancelled for a legal error no longer counts for immigration.
rule-pc-1473-7 = You can ask the court to cancel a conviction that was legally invalid.
rule-pc-1473-7-who = You are no longer in custody or on supervision.
rule-pc-1473-7-grounds = Reasons: you did not understand the immigration effects of your plea; new proof that you are innocent; or the case was based on race, ethnicity or national origin.
rule-pc-1473-7-timely = File without delay once you get an immigration notice about the case.
rule-pc-1473-7-effect = It removes the conviction for immigration.

## Certificate of rehabilitation and pardon

r-4852-felony = You were convicted of a felony, so you can ask for a certificate of rehabilitation.
r-4852-misdemeanor-290 = This misdemeanor requires registration, so a certificate is possible once the case is dismissed under PC 1203.4.
r-4852-excluded = The law does not allow a certificate for this offense.
r-4852-period = You must wait { $years } years from your release on { $start }: until { $date }. This counts 5 years of living in California.
r-4852-supervision-over = Parole, probation or supervision must be over (it ended on { $date }).
r-4852-residence = You must have lived in California for the 5 years right before you file (from { $date }).
r-4852-residence-ask = You must have lived in California for the 5 years right before you file. Tell us since when you have lived here.
r-4852-dismiss-first = Because you got probation, first get the case dismissed under PC 1203.4.
r-4852-later-conviction = You have a later conviction (on { $date }). The judge will look at how you have lived since.
r-4852-judge = The judge decides, based on how you have lived: honest work, sobriety and good character.
r-pardon-via-cor = The usual way is to get a certificate of rehabilitation first. It goes to the Governor as a pardon request.
r-pardon-extraordinary = For this offense the Governor pardons only in extraordinary cases.
r-pardon-ten-years = The Governor usually looks at direct requests 10 years after your sentence ended ({ $start }): from { $date }.
r-pardon-ten-years-later = You have a later conviction (on { $later }), so the 10 years count from then: until { $date }.
r-pardon-governor = The Governor decides.
r-pardon-reports = After a full pardon, background check companies in California may not report the conviction.
rule-pc-4852-01 = A court order saying you are rehabilitated. It also asks the Governor for a pardon.
rule-pc-4852-01-who = A felony conviction, or a misdemeanor that requires sex offender registration and was dismissed.
rule-pc-4852-01-excluded = Not for some sex offenses against children, people on life parole or death row, or people in the military.
rule-pc-4852-01-period = Wait 7 years after release (9 for murder and some others, 10 for registration offenses).
rule-pc-4852-01-residence = Live in California for the 5 years right before you file.
rule-pc-4852-01-first = If you got probation, first get the case dismissed under PC 1203.4.
rule-pc-4852-01-judge = The judge decides.
rule-pardon = The Governor can forgive a California conviction.
rule-pardon-routes = Through a certificate of rehabilitation, or by asking the Governor directly.
rule-pardon-ten-years = Direct requests usually wait 10 years after the sentence with no new crime.
rule-pardon-extraordinary = For offenses the certificate does not cover, only in extraordinary cases.
rule-pardon-reports = After a full pardon, background check companies may not report the conviction.

## Juvenile records (WIC 781, 786)

r-juvenile-not-conviction = This is a juvenile court case. It is not a criminal conviction.
r-wic-707b = This is a serious offense (WIC 707(b)) done at age 14 or older, so this does not apply.
r-wic-707b-age = This is a serious offense (WIC 707(b)). If you were 14 or older, this does not apply. Ask a lawyer.
r-wic-786-completed = You said you finished probation.
r-wic-786-probation-ends = Probation ends on { $date }.
r-wic-786-ask = The record does not show that you finished probation.
r-wic-786-not-completed = You said you did not finish probation. A petition under WIC 781 may still work.
r-wic-786-shall = When you finish probation well, the court must dismiss the case and seal the records. If the record still shows it, ask the juvenile court.
r-wic-786-other-agencies = You can also ask to seal records that other agencies hold.
r-wic-781-when = You can ask 5 years after the case ended ({ $ended }) or once you turn 18: from { $date }.
r-wic-781-later-felony = You were convicted of a felony as an adult (on { $date }), so this does not apply.
r-wic-781-moral-turpitude = You have an adult misdemeanor conviction. If it involved "moral turpitude" (such as dishonesty), this does not apply. Ask a lawyer.
r-wic-781-judge = The judge decides whether you have turned your life around.
r-wic-781-djf = There is an exception for people sent to the Division of Juvenile Facilities who finished supervision. Ask a lawyer.
rule-wic-786 = When you finish juvenile probation, the court dismisses and seals the case.
rule-wic-786-who = A juvenile case where you finished probation or supervision.
rule-wic-786-shall = The court must do it.
rule-wic-707b = Not for a serious offense (WIC 707(b)) done at 14 or older, unless it was reduced.
rule-wic-786-other-agencies = You can ask to seal records other agencies hold.
rule-wic-781 = You can ask the court to seal a juvenile record.
rule-wic-781-when = 5 years after the case ended, or once you are 18.
rule-wic-781-bar = Not if, as an adult, you were convicted of a felony or a misdemeanor involving "moral turpitude".
rule-wic-781-judge = The judge decides.

## What may still be reported (data echo)

text-echo = What background checks may show
echo-now = Now
echo-after-label = After { $remedy }
echo-may-no = A background check company may not report it.
echo-may-pending = It may be reported while the case is open.
echo-may-until = A background check company may report it until { $date }.
echo-may-yes = A background check company may report it.
echo-with-status = It must show the current status: { $remedy }.
echo-employer-may = An employer may ask about it after a job offer.
echo-employer-may-not = An employer may not ask about it or use it.
echo-conviction-seven-years = Convictions may be reported for 7 years after the sentence date or release: until { $date }.
echo-conviction-old = The sentence date or release ({ $date }) was more than 7 years ago, so a background check company may not report this conviction.
echo-conviction-release-unknown = We do not know when you were released. A conviction may be reported for 7 years after release or parole.
echo-status = A report must show the case as it is now, including { $remedy }. A report that leaves this out is not complete and up to date.
echo-employer-dismissed = An employer may not ask about or use a conviction that was dismissed or sealed.
echo-employer-fair-chance = An employer may ask about a conviction only after a job offer, and must look at your case as a whole before saying no.
echo-arrest-no-conviction = This arrest did not lead to a conviction, so a background check company may not report it.
echo-arrest-pending = The case is still open. It may be reported until it ends.
echo-arrest-employer = An employer may not ask about or use an arrest that did not lead to a conviction, or a diversion program.
echo-sealed = Sealed records may go only to you and to law enforcement. Anyone else who shares them can be fined $500 to $2,500 each time.
echo-vacated = Once the conviction is vacated, no conviction is left, so it may not be reported.
echo-pardon = After a full pardon, the conviction may not be reported.
echo-marijuana = Marijuana records this old may not be treated as accurate or complete by anyone.
echo-juvenile = Juvenile court records are private. An employer may not ask about them.
echo-after = Once you get { $remedy }, reports must change to match.
echo-verify-30 = A company must check court records within 30 days before it reports them. An old copy is not enough.
echo-dispute = If a report shows something it should not, you can dispute it. The company must check and fix it, for free, within 30 days.
echo-doj = The state's own record keeps a note of the relief. Only some employers allowed by law can see it.
echo-arrest-relief = After automatic arrest relief, courts may share the arrest only with you and law enforcement.

## Immigration notes for the other remedies

imm-rehabilitation-no-help = Immigration: a certificate of rehabilitation does not remove the conviction for immigration purposes.
imm-pardon-limited = Immigration: a governor's pardon can waive some grounds for deportation, but not drug grounds. Talk to an immigration lawyer.
imm-dej-plea = Immigration: if you pleaded guilty to get into the program, immigration may still count it as a conviction. Taking back the plea (PC 1203.43) fixes that.
imm-arrest-sealing = Immigration: an arrest without a conviction is not a conviction, but immigration can still ask about it. Tell an immigration lawyer about every arrest, even a sealed one.
imm-juvenile = Immigration: a juvenile court finding is generally not a conviction. Immigration can still ask about it.
imm-lujan = Immigration: a first drug possession dismissed before July 14, 2011 may not count as a conviction in the western states. Ask an immigration lawyer.
table-rehabilitation-nine-years = Offenses with a nine-year wait for a certificate of rehabilitation
table-no-limitation = Offenses that can be charged at any time
table-domestic-abuse = Domestic violence, child abuse and elder abuse offenses
table-wic-707b = Serious juvenile offenses (WIC 707(b))

//! Immigration advice attached to each determination for a noncitizen
//! (`shared/law/california.md` §17). Never tells a person that a dismissal
//! removes immigration consequences.

use crate::remedy::{Cite, Determination, Msg, RemedyId};

const CONVICTION: Cite = Cite::v2("8 U.S.C. § 1101(a)(48)(A)");
const REDUCTION: Cite =
    Cite::v2("Pen. Code, § 18.5; La Farga v. INS (9th Cir. 1999) 170 F.3d 1213");
const THOMAS: Cite = Cite::v("Matter of Thomas & Thompson (A.G. 2019) 27 I&N Dec. 674");
const UNCERTAIN: Cite = Cite::k("Health & Saf. Code, § 11361.8 (immigration effect)");
const INVALIDITY: Cite = Cite::v2("Pen. Code, §§ 1473.7, 1203.43, 236.14");
const LUJAN: Cite = Cite::v2(
    "Nunez-Reyes v. Holder (9th Cir. 2011) 646 F.3d 684 (dismissals before July 14, 2011)",
);
const NON_CONVICTION: Cite =
    Cite::k("8 U.S.C. § 1101(a)(48)(A) (arrest and diversion without a plea)");
const DEJ_PLEA: Cite = Cite::v2("Pen. Code, § 1203.43, subd. (a)(1)");
const JUVENILE: Cite = Cite::k("Matter of Devison (BIA 2000) 22 I&N Dec. 1362");
const PARDON: Cite = Cite::k("8 U.S.C. § 1227(a)(2)(A)(vi)");

/// Add the immigration note that fits the remedy.
pub(crate) fn advise(d: &mut Determination) {
    let (id, cite) = match d.remedy {
        RemedyId::Pc1203_4
        | RemedyId::Pc1203_4a
        | RemedyId::Pc1203_41
        | RemedyId::Pc1203_42
        | RemedyId::Pc1203_425 => ("imm-dismissal-no-help", CONVICTION),
        RemedyId::Pc17b | RemedyId::Pc1170_18 => ("imm-reduction-helps", REDUCTION),
        RemedyId::Pc17d2 => ("imm-reduction-helps", REDUCTION),
        RemedyId::Pc18_5 => ("imm-18-5-weak", THOMAS),
        RemedyId::Hs11361_8 => ("imm-prop64-uncertain", UNCERTAIN),
        RemedyId::Pc1473_7 | RemedyId::Pc1203_43 | RemedyId::Pc236_14 => {
            ("imm-invalidity-helps", INVALIDITY)
        }
        RemedyId::Pc1203_45 | RemedyId::Pc1203_49 => ("imm-dismissal-no-help", CONVICTION),
        RemedyId::Pc4852_01 => ("imm-rehabilitation-no-help", CONVICTION),
        RemedyId::Pardon => ("imm-pardon-limited", PARDON),
        RemedyId::Pc1000_4 | RemedyId::Pc851_90 => ("imm-dej-plea", DEJ_PLEA),
        RemedyId::Pc851_93 | RemedyId::Pc851_91 | RemedyId::Pc851_87 | RemedyId::Pc1001_9 => {
            ("imm-arrest-sealing", NON_CONVICTION)
        }
        RemedyId::Wic781 | RemedyId::Wic786 => ("imm-juvenile", JUVENILE),
    };
    d.because(|| Msg::new(id), cite);
}

/// The one old exception for dismissals: in the Ninth Circuit, a first
/// simple drug possession dismissed before July 14, 2011 (Lujan-Armendariz,
/// ended by Nunez-Reyes) may not count as a conviction.
pub(crate) fn lujan(a: &crate::analysis::Analysis<'_>, i: usize, out: &mut [Determination]) {
    const END: jiff::civil::Date = jiff::civil::date(2011, 7, 14);
    let c = &a.convictions[i];
    let possession = c.section().is_some_and(|s| {
        s.code() == "HS" && matches!(s.number(), "11350" | "11357" | "11364" | "11377" | "11550")
    });
    let dismissed_before = c
        .granted(RemedyId::Pc1203_4)
        .or_else(|| c.granted(RemedyId::Pc1203_4a))
        .is_some_and(|on| on.is_some_and(|d| d < END));
    if possession && dismissed_before {
        for d in out
            .iter_mut()
            .filter(|d| matches!(d.remedy, RemedyId::Pc1203_4 | RemedyId::Pc1203_4a))
        {
            d.because(|| Msg::new("imm-lujan"), LUJAN);
        }
    }
}

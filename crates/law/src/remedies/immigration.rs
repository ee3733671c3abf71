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
        _ => return,
    };
    d.because(Msg::new(id), cite);
}

//! The 95 columns of the DOJ research file (`shared/formats/doj-research-file.md` §3).

/// How many fields a line has.
pub const COUNT: usize = 95;

/// Every column name, in file order (the optional header line).
pub const NAMES: [&str; COUNT] = [
    "RECORD_ID",
    "SUBJECT_STATUS",
    "SUBJECT_ID",
    "REQ_SEG_SEP",
    "REQ_CII_NUMBER",
    "REQ_NAME",
    "REQ_GENDER",
    "REQ_DOB",
    "REQ_CDL",
    "REQ_SSN",
    "PII_SEG_SEP",
    "CII_NUMBER",
    "PRI_NAME",
    "GENDER",
    "PRI_DOB",
    "PRI_SSN",
    "PRI_CDL",
    "PRI_IDN",
    "PRI_INN",
    "FBI_NUMBER",
    "PDR_SEG_SEP",
    "RACE_CODE",
    "RACE_DESCR",
    "EYE_COLOR_CODE",
    "EYE_COLOR_DESCR",
    "HAIR_COLOR_CODE",
    "HAIR_COLOR_DESCR",
    "HEIGHT",
    "WEIGHT",
    "SINGLE_SOURCE",
    "MULTI_SOURCE",
    "POB_CODE",
    "POB_NAME",
    "POB_TYPE",
    "CITIZENSHIP_LIST",
    "CYC_SEG_SEP",
    "CYC_ORDER",
    "CYC_DATE",
    "STP_SEG_SEP",
    "STP_ORDER",
    "STP_EVENT_DATE",
    "STP_TYPE_CODE",
    "STP_TYPE_DESCR",
    "STP_ORI_TYPE",
    "STP_ORI_TYPE_DESCR",
    "STP_ORI_CODE",
    "STP_ORI_DESCR",
    "STP_ORI_CNTY_CODE",
    "STP_ORI_CNTY_NAME",
    "CNT_SEG_SEP",
    "CNT_ORDER",
    "DISP_DATE",
    "OFN",
    "OFFENSE_CODE",
    "OFFENSE_DESCR",
    "OFFENSE_TOC",
    "OFFENSE_QUAL_LST",
    "DISP_OFFENSE_CODE",
    "DISP_OFFENSE_DESCR",
    "DISP_OFFENSE_TOC",
    "DISP_OFFENSE_QUAL_LST",
    "CONV_OFFENSE_ORDER",
    "CONV_OFFENSE_CODE",
    "CONV_OFFENSE_DESCR",
    "CONV_OFFENSE_TOC",
    "CONV_OFFENSE_QUAL_LST",
    "FE_NUM_ORDER",
    "FE_NUM_ARR_AGY",
    "FE_NUM_BNCH_WARR",
    "FE_NUM_CITE",
    "FE_NUM_DOCKET",
    "FE_NUM_INCIDENT",
    "FE_NUM_BOOKING",
    "FE_NUM_NUMBER",
    "FE_NUM_REMAND",
    "FE_NUM_OOS_INN",
    "FE_NUM_CRT_CASE",
    "FE_NUM_WARRANT",
    "DISP_ORDER",
    "DISP_CODE",
    "DISP_DESCR",
    "CONV_STAT_CODE",
    "CONV_STAT_DESCR",
    "SENT_SEG_SEP",
    "SENT_ORDER",
    "SENT_LOC_CODE",
    "SENT_LOC_DESCR",
    "SENT_LENGTH",
    "SENT_TIME_CODE",
    "SENT_TIME_DESCR",
    "CYC_AGE",
    "CII_TYPE",
    "CII_TYPE_ALPHA",
    "COMMENT_TEXT",
    "END_OF_REC",
];

/// `SUBJECT_ID`.
pub const SUBJECT_ID: usize = 2;

/// `CII_NUMBER`.
pub const CII_NUMBER: usize = 11;

/// `PRI_NAME`.
pub const PRI_NAME: usize = 12;

/// `GENDER`.
pub const GENDER: usize = 13;

/// `PRI_DOB`.
pub const PRI_DOB: usize = 14;

/// `RACE_DESCR`.
pub const RACE_DESCR: usize = 22;

/// `CYC_DATE`.
pub const CYC_DATE: usize = 37;

/// `STP_EVENT_DATE`.
pub const STP_EVENT_DATE: usize = 40;

/// `STP_TYPE_DESCR`.
pub const STP_TYPE_DESCR: usize = 42;

/// `STP_ORI_DESCR`.
pub const STP_ORI_DESCR: usize = 46;

/// `STP_ORI_CNTY_NAME`.
pub const STP_ORI_CNTY_NAME: usize = 48;

/// `CNT_ORDER`.
pub const CNT_ORDER: usize = 50;

/// `DISP_DATE`.
pub const DISP_DATE: usize = 51;

/// `OFN`.
pub const OFN: usize = 52;

/// `OFFENSE_DESCR`.
pub const OFFENSE_DESCR: usize = 54;

/// `OFFENSE_TOC`.
pub const OFFENSE_TOC: usize = 55;

/// `DISP_OFFENSE_DESCR`.
pub const DISP_OFFENSE_DESCR: usize = 58;

/// `CONV_OFFENSE_DESCR`.
pub const CONV_OFFENSE_DESCR: usize = 63;

/// `FE_NUM_CRT_CASE`.
pub const FE_NUM_CRT_CASE: usize = 76;

/// `DISP_DESCR`.
pub const DISP_DESCR: usize = 80;

/// `CONV_STAT_DESCR`.
pub const CONV_STAT_DESCR: usize = 82;

/// `SENT_LOC_DESCR`.
pub const SENT_LOC_DESCR: usize = 86;

/// `SENT_LENGTH`.
pub const SENT_LENGTH: usize = 87;

/// `SENT_TIME_CODE`.
pub const SENT_TIME_CODE: usize = 88;

/// `SENT_TIME_DESCR`.
pub const SENT_TIME_DESCR: usize = 89;

/// `CYC_AGE`.
pub const CYC_AGE: usize = 90;

/// `COMMENT_TEXT`.
pub const COMMENT_TEXT: usize = 93;

/// `END_OF_REC`.
pub const END_OF_REC: usize = 94;

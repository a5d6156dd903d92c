package cn.jianyi.suggestion;

/** 建议类别 (subject area), as congress reports group them. Not the result class A/B/C/D. */
public enum SubjectArea {
    ECONOMY, AGRICULTURE, URBAN_ENVIRONMENT, EDUCATION_SCIENCE_CULTURE_HEALTH, INTERNAL_AFFAIRS_JUSTICE,
    SOCIAL_DEVELOPMENT, OTHER
}

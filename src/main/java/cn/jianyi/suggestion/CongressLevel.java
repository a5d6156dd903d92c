package cn.jianyi.suggestion;

/** 人大层级. */
public enum CongressLevel {
    NATIONAL, PROVINCE, CITY, COUNTY, DISTRICT, TOWNSHIP
}

package cn.huiyin.cases.cases.model;

/** Why a case was closed: the citizen was satisfied, or could not be reached after every attempt. */
public enum Closure {
    SATISFIED,
    CALLBACK_UNREACHABLE
}

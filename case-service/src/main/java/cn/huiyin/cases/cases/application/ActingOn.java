package cn.huiyin.cases.cases.application;

import cn.huiyin.chassis.security.Client;

/**
 * Who acts on which case: {@code expectedVersion} is the version the client read (If-Match), or null when it named
 * none and the action may be applied to the case as it is by then.
 */
public record ActingOn(String caseId, Client client, Long expectedVersion) {
}

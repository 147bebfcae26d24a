package org.safepassage.referral;

/** Where a referral stands: raised, taken by an officer, or closed with an outcome. */
public enum ReferralStatus { OPEN, ACKNOWLEDGED, CLOSED }

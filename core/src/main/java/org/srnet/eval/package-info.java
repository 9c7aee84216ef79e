/**
 * Official-equivalent evaluation: DAVIS-2017/2019 unsupervised J&amp;F and YouTube-VIS video AP/AR, in plain Java
 * with no DJL dependency. Every quirk of the official tools that changes a number is reproduced and commented
 * where it happens; where srnet is stricter (bad input the official tools silently accept or exit 0 on), the
 * class Javadoc says so.
 */
package org.srnet.eval;

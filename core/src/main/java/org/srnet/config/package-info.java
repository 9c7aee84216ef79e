/**
 * {@code --set key=value} overrides of any configuration record, by the keys of its JSON form.
 */
package org.srnet.config;

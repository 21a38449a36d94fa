/** Reading the tab-separated data files dyad's dictionaries and rules are written in. */
package org.dyad.data;

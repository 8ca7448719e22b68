# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Russia's mobilisation in numbers, across sources and over time
#
# The seed article (NBC News, 5 Oct 2022) reported Sergei Shoigu's claim that "more than 200,000 people have
# already been drafted". How does that figure sit among the other reports of the same running total, and how did
# the total move?

# %%
import claimsdata

claims = claimsdata.load_claims()
articles = claimsdata.load_articles()
seed = claims[claims["method"] == "extracted"]
seed[["surface", "dimension", "qualifier", "value_low", "speaker", "claim_date", "claim_key"]]

# %% [markdown]
# Every report of the running total, wire copies collapsed: how many outlets carried each statement.

# %%
tl = claimsdata.timeline(claims, "russia_mobilized_total", articles=articles)
tl[["date", "speaker", "surface", "qualifier", "value_low", "value_high", "n_reports", "methods"]]

# %% [markdown]
# The figure's history. The seed article's claim is ringed; "more than" claims draw an open bar upwards.

# %%
claimsdata.plot_timeline(claims, "russia_mobilized_total", articles=articles);

# %% [markdown]
# Does "more than 200,000" agree with what came later? Reports on the same day are compared interval by
# interval; later totals are a different point in time and are not counted as conflicts.

# %%
cmp = claimsdata.compare(claims, "russia_mobilized_total", articles=articles)
cmp.groupby("relation").size()

# %% [markdown]
# The target (300,000) against the reported hidden caps, and the totals reached: the different quantities are
# different codebook keys and are never mixed in one series.

# %%
for key in ["russia_mobilization_target", "russia_mobilization_target_media_reports", "russia_mobilized_total"]:
    t = claimsdata.timeline(claims, key, articles=articles)
    print(key, sorted(set(t["value_low"].dropna().astype(int)))[:6])
